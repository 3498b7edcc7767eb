package claims

func findClaims(x *Extraction, lex *Lexicon) []Claim { return nil }
