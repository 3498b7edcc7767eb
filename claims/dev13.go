package claims

import "strings"

// modifiesNounWide extends modifiesNoun to three shapes of a date that
// modifies the noun after it, found on company news (dev13, audit-13
// articles): a date whose expression opens with its own determiner ("to
// announce the 2008 second-quarter earnings": the timex is "the 2008
// second-quarter"); adjacent date expressions ("HP's 2008 second-quarter
// financial earnings": "2008" and "second-quarter"), taken together; and a
// date in lower case after a possessive ("its second-quarter results").
// Each dates the results, not the announcement. A determiner-led date after
// a preposition is an adverbial ("sales fell during the 2008 holiday
// season") and keeps dating the verb.
func (s *sent) modifiesNounWide(k, e int) bool {
	a, f := k, e
	for a > 0 && s.tokTimex[a-1] >= 0 {
		a--
	}
	for f < len(s.toks) && s.tokTimex[f] >= 0 {
		f++
	}
	if f >= len(s.toks) {
		return false
	}
	lower := false
	if a+1 < f && s.cue("determiner", a) && s.tokTimex[a+1] == s.tokTimex[a] {
		if a > 0 && (isPrep(s.toks[a-1].Lower) || isObjPrep(s.toks[a-1].Lower)) {
			return false
		}
		lower = isPossessiveDet(s.toks[a].Lower)
		a++
	} else if a > 0 && isPossessiveDet(s.toks[a-1].Lower) {
		lower = true
	}
	if a == k && f == e && !lower {
		return false // modifiesNoun's own case
	}
	return s.modifiesNounAt(a, f, lower)
}

// isPossessiveDet reports a possessive before a noun phrase ("its", "HP's").
func isPossessiveDet(w string) bool {
	switch w {
	case "its", "his", "her", "their", "our", "'s", "’s":
		return true
	}
	return false
}

// tellApart reports "tell" (or "telling") in its sense of telling things
// apart: "from" or "apart" ("tell-apart") within four words after it, before
// any punctuation or clause word ("he could not tell his son from the
// cousins"). It states nothing. Only after a word of ability ("could not
// tell", "hard to tell"): "will tell reporters from CNN that ..." and "told
// reporters from his hospital bed" are statements.
func (s *sent) tellApart(tr trig) bool {
	if tr.t.Noun || tr.t.Frame != "say" {
		return false
	}
	if w := s.toks[tr.i].Lower; w != "tell" && w != "telling" {
		return false
	}
	if !s.ableBefore(tr.i) {
		return false // "will tell reporters from CNN that ..."
	}
	for k := tr.j; k < len(s.toks) && k < tr.j+4; k++ {
		t := s.toks[k]
		if t.Punct || s.cue("clause-break", k) {
			return false
		}
		if s.cue("tell-apart", k) {
			return !s.thatAhead(k + 1) // "could tell reporters from CNN that ..." is a statement
		}
	}
	return false
}

// ableBefore reports a word of ability within three words before i: "can",
// "could", "cannot", "able", or "to" after "hard", "impossible" and the like
// ("tell-able").
func (s *sent) ableBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.cue("tell-able", k) {
			return true
		}
		if s.toks[k].Lower == "to" && k > 0 && s.cue("tell-able", k-1) {
			return true
		}
	}
	return false
}

// thatAhead reports "that" in the clause from k on (up to punctuation).
func (s *sent) thatAhead(k int) bool {
	for ; k < len(s.toks) && !s.toks[k].Punct; k++ {
		if s.toks[k].Lower == "that" {
			return true
		}
	}
	return false
}

// resultComplement reports "make" as a light verb whose event noun is
// followed by an adjective of result ("result-adjective"): "HP will cut
// costs to make the acquisition profitable" makes the purchase pay, it does
// not make the purchase, so the subject of "make" is not the buyer.
func (s *sent) resultComplement(lv int, tr trig) bool {
	switch s.toks[lv].Lower {
	case "make", "makes", "made", "making":
	default:
		return false
	}
	return tr.j < len(s.toks) && s.cue("result-adjective", tr.j)
}

// widenToUnitNoun lets the evidence of a quantity written as a hyphenated
// modifier ("an 8-megapixel camera", "a 12-inch screen") run on to the noun
// it measures at e: the number alone ("which will carry an 8-megapixel")
// does not say what has the size.
func (s *sent) widenToUnitNoun(c *Claim, text string, e int) {
	if !strings.Contains(text, "-") || e >= len(s.toks) {
		return
	}
	n := s.toks[e]
	if n.Punct || n.Text != n.Lower || s.tokTimex[e] >= 0 || s.isTrig[e] >= 0 || isAux(n.Lower) || isBe(n.Lower) || isPrep(n.Lower) || isObjPrep(n.Lower) || s.looksVerb(e) || s.cue("clause-break", e) || s.cue("determiner", e) {
		return
	}
	switch n.Lower {
	case "and", "or", "but", "to", "as", "than":
		return
	}
	c.End = maxInt(c.End, n.End)
}
