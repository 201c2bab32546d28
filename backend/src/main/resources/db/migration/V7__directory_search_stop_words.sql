-- The directory's search query, one prefix term per word. French stop words ("le", "de", "la") vanish
-- from a french tsquery, so a search made only of them matched nothing, and "le" never found "Léa":
-- such a word becomes a plain prefix of the unaccented lexemes instead.
CREATE FUNCTION directory_tsquery(words text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT string_agg(CASE
                WHEN numnode(to_tsquery('french_unaccent', w || ':*')) > 0
                    THEN to_tsquery('french_unaccent', w || ':*')::text
                ELSE to_tsquery('simple', immutable_unaccent(lower(w)) || ':*')::text
            END, ' & ')::tsquery
    FROM unnest(string_to_array(words, ' ')) AS w
$$;
