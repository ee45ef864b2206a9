"""RDF: relations → every RDF format (`export`, by the mapping of `statements` with `terms`,
`iri`, `fields`, `sources` and the streaming `writers`), an export read back (`read`), checked
against the SHACL shapes (`shacl`), and the ontology the schemas are generated from (`ontology`)."""
