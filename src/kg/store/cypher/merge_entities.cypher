// One node per canonical key; the type label is set when the entity is first seen.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.name_key = toLower(row.name), e:$(row.type)
WITH e, row
SET e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
                       CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
SET e.alias_text = reduce(text = '', alias IN e.aliases | text + alias + ' ')
