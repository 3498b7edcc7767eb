package claims

import "github.com/crosscheck/crosscheck/claims/mention"

// firmBeforeNoun reports a name at m..e that only modifies a site noun
// after it (data/cues.txt site-noun) and is not a known town or region:
// "at a Kraft factory", "at the U.S. medical center for federal prisoners".
// The place is the factory or the center (named later, if at all: "in
// Philadelphia"), not the firm or the country; a known town before the noun
// still is one ("at a Philadelphia plant").
func (s *sent) firmBeforeNoun(m, e int) bool {
	if e >= len(s.toks) || !s.nounAfterName(e) {
		return false
	}
	mt := s.x.Mentions[s.tokMent[m]]
	if !placeTypes[mt.Type] || mt.Type == "FACILITY" {
		return false
	}
	if g, ok := mention.Lookup(mt.Text); ok && (g.Type == "GPE" || g.Type == "LOC") && !g.Country {
		return false
	}
	for h := e; h < len(s.toks) && h < e+3 && s.modifierAt(h); h++ {
		if s.cue("site-noun", h) {
			return true
		}
	}
	return false
}
