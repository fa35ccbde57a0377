// milex start-up for JShell (./jshell.sh) and for the notebooks' .jsh twins: the API imported, the data bound.
// ./jshell.sh also imports these packages when they are built: org.milex.query org.milex.stats org.milex.table org.milex.procurement
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.chart.*;
var data = Dataset.embedded();
