package claims

import "github.com/crosscheck/crosscheck/claims/mention"

// roleSpan returns the number of tokens of the role at r after a role verb.
// Role words in a row make one title ("will become general manager",
// "named deputy director"): the last word is the head, and cutting the
// title at the first word gives another office ("general" is a rank, not a
// manager).
func (s *sent) roleSpan(r int) int {
	n := s.multiCue("role", r)
	for n > 0 && r+n < len(s.toks) {
		m := s.multiCue("role", r+n)
		if m == 0 {
			break
		}
		n += m
	}
	return n
}

// placeModifier reports a place name at k (mention m) that is no agent of
// the verb after it, because it only locates or qualifies a common noun:
// inside a locative phrase past adjectives of place ("a jury in eastern
// Oklahoma has convicted": the jury convicts, and a preposition right before
// the name is already handled by subjectLeft), or right before a noun of a
// person ("Okla. man guilty of killing": the man, not the state).
func (s *sent) placeModifier(k int, m mention.Mention) bool {
	if m.Type != "GPE" && m.Type != "LOC" {
		return false
	}
	e := s.mentionEnd(k)
	if e > 0 && e+1 < len(s.toks) && s.toks[e].Lower == "." && s.toks[e].Start == s.toks[e-1].End {
		e++ // the dot of an abbreviation: "Okla. man"
	}
	if e < len(s.toks) && s.cue("person-noun", e) && s.toks[e].Text == s.toks[e].Lower {
		return true
	}
	p := k - 1
	for p >= 0 && s.cue("place-adjective", p) {
		p--
	}
	if p == k-1 {
		return false
	}
	p = s.skipDet(p)
	return p >= 0 && isPlacePrep(s.toks[p].Lower)
}

// headlineVerbGap reports capitalized words [a, n) between two names of a
// title-case headline that are not all titles or roles: in "AMD's Acquisition
// of SeaMicro Puts Intel on the Defensive" the word between is a verb, so
// SeaMicro is the name after "of", not a modifier of Intel. In running text
// the capitals between two names are a title ("of Los Angeles County
// Sheriff's Deputy Jerry Ortiz"); in a headline every word has a capital.
func (s *sent) headlineVerbGap(a, n int) bool {
	if !s.headline {
		return false
	}
	for k := a; k < n; k++ {
		if w := s.toks[k].Lower; !mention.IsTitle(w) && !s.cue("role", k) && w != "'s" {
			return true
		}
	}
	return false
}
