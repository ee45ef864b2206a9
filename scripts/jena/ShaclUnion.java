// Apache Jena's SHACL engine on the union of every graph of a dataset (TriG, N-Quads, or a
// plain graph), for scripts/jena_local.py: Jena's `shacl validate` reads the default graph
// only. Run as a single-file program: java -cp 'LIB/*' ShaclUnion.java SHAPES DATA
// Prints the validation report as Turtle, like `shacl validate`.
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

public class ShaclUnion {
    public static void main(String... args) {
        if (args.length != 2) {
            System.err.println("usage: ShaclUnion SHAPES DATA");
            System.exit(2);
        }
        Graph shapes = RDFDataMgr.loadGraph(args[0]);
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(args[1]);
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        RDFDataMgr.write(System.out, report.getModel(), Lang.TTL);
    }
}
