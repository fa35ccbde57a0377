// milex start-up for JShell (./jshell.sh) and for the notebooks' .jsh twins: the API imported, the data bound.
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.query.*;
import org.milex.stats.*;
import org.milex.table.*;
import org.milex.procurement.*;
import org.milex.claims.*;
import org.milex.sipri.*;
import org.milex.chart.*;
import org.milex.excel.*;
var data = Dataset.installed();   // the embedded editions plus those imported with 'milex import'
