// ./jshell.sh's light stand-in for JShell's PRINTING start-up: print, println and printf of any value,
// printed whole (JShell's own display of a value stops at 1,000 characters).
void print(Object o) { System.out.print(o); }
void println(Object o) { System.out.println(o); }
void printf(String format, Object... args) { System.out.printf(format, args); }
