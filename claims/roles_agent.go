package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

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
	p := s.placePhraseStart(k)
	if p == k-1 {
		return false // a preposition right before the name: subjectLeft's own rule
	}
	return p >= 0 && isPlacePrep(s.toks[p].Lower)
}

// placePhraseStart returns the token before the words that lead up to the
// place name starting at k: adjectives of place, a place noun with "of" and
// determiners ("in eastern Oklahoma", "in the northern town of Jabaliya" give
// the index of "in").
func (s *sent) placePhraseStart(k int) int {
	p := k - 1
	if p >= 1 && s.toks[p].Lower == "of" && s.cue("place-noun", p-1) {
		p -= 2
	}
	for p >= 0 && s.cue("place-adjective", p) {
		p--
	}
	return s.skipDet(p)
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

// possessorBefore reports a possessive ("Israel's", "their") before the word
// at i with only adjectives, adverbs and quotation marks between: "Israel's
// "totally unacceptable" attacks" is a noun, whose possessor is the attacker,
// not a verb whose subject is the name at the start of the sentence. The
// words between must look like adjectives, so that "Israel's army attacks"
// keeps its verb.
func (s *sent) possessorBefore(i int) bool {
	adj := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := s.toks[k]
		switch {
		case t.Lower == "'s" || t.Lower == "their" || t.Lower == "its" || t.Lower == "his" || t.Lower == "her":
			return adj
		case t.Punct && isQuoteText(t.Text):
		case !t.Punct && t.Text == t.Lower && s.tokMent[k] < 0 && s.isTrig[k] < 0 && (isAdjective(t.Lower) || adjectiveShaped(t.Lower)):
			adj = true
		case !t.Punct && t.Text == t.Lower && s.tokMent[k] < 0 && isAdverb(t.Lower) || strings.HasSuffix(t.Lower, "ly") && t.Text == t.Lower:
		default:
			return false
		}
	}
	return false
}

func isQuoteText(w string) bool {
	switch w {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''":
		return true
	}
	return false
}

// adjectiveShaped reports a lower-case word with a suffix of adjectives
// ("unacceptable", "brutal", "massive", "dangerous").
func adjectiveShaped(w string) bool {
	for _, x := range []string{"able", "ible", "ful", "ous", "ive", "al", "ic", "less", "ent", "ant"} {
		if strings.HasSuffix(w, x) && len(w) > len(x)+2 {
			return true
		}
	}
	return false
}

// locatedPlace reports a place name ending at token e (mention m) that
// follows a place preposition ("in Jabaliya", "in northern Gaza"): as the
// antecedent of a relative clause ("... the school in Jabaliya, which also
// wounded 100 people") it only locates what the clause is about, an event
// or a thing named before it, and a place does not wound.
func (s *sent) locatedPlace(e int, m mention.Mention) bool {
	if m.Type != "GPE" && m.Type != "LOC" {
		return false
	}
	p := s.placePhraseStart(s.mentionStart(e))
	if p < 0 {
		return false
	}
	switch s.toks[p].Lower {
	case "in", "at", "near", "inside", "outside":
		return true // not "to": "flew to Ohio, which later sentenced him" may be Ohio's act
	}
	return false
}
