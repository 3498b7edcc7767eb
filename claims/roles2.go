package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

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

// appositionWho returns the person named before a common-noun apposition
// that a "who" clause starting at k follows: "Michael Jordan, a retired CBS
// and Westinghouse CEO who was hired" (the one hired is Jordan, the CEO),
// "Ann Roe, the team's longtime trainer who ...". It returns -1 when the
// noun phrase before "who" is not such an apposition.
func (s *sent) appositionWho(k int) int {
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		t := s.toks[j]
		if s.tokMent[j] >= 0 {
			if j == k-1 || s.x.Mentions[s.tokMent[j]].Type == "PERSON" {
				return -1 // the head is a name, or a person's name inside
			}
			continue // "a retired CBS and Westinghouse CEO": a firm modifies
		}
		if t.Lower == "a" || t.Lower == "an" || t.Lower == "the" {
			if j == k-1 || s.toks[j-1].Lower != "," || j < 2 {
				return -1
			}
			if mi := s.tokMent[j-2]; mi >= 0 && s.x.Mentions[mi].Type == "PERSON" {
				return mi
			}
			return -1
		}
		if t.Lower == "and" || t.Lower == "'s" {
			continue // "a CBS and Westinghouse CEO", "the team's trainer"
		}
		if d := s.toks[j-1].Lower; (s.isTrig[j] >= 0 || s.looksVerb(j)) && (d == "a" || d == "an" || d == "the") {
			continue // "a retired CEO": a participle as adjective
		}
		if t.Punct || s.isTrig[j] >= 0 || s.looksVerb(j) || isPrep(t.Lower) || isObjPrep(t.Lower) || s.cue("clause-break", j) {
			return -1
		}
	}
	return -1
}

// reducedRelativeAt returns j when a participle and a preposition right
// after the event noun ending at j open a reduced relative ("charges brought
// upon him and other members of the FLDS", "documents seized from"): an "of"
// further on belongs to that clause, not to the noun. Otherwise end.
func (s *sent) reducedRelativeAt(j, end int) int {
	if j+1 >= end || s.tokMent[j] >= 0 || isAux(s.toks[j].Lower) || isBe(s.toks[j].Lower) || !s.looksVerb(j) {
		return end
	}
	if n := s.toks[j+1].Lower; isPrep(n) || isObjPrep(n) {
		return j
	}
	return end
}

// legislatureConfirms reports "confirm" right after a legislature ("the
// Senate confirmed her", "the Senate on Monday confirmed"): a nominee
// approved, not something made known (data/cues.txt legislature; the
// passive "confirmed by the Senate" is not-after-announce's).
func (s *sent) legislatureConfirms(i int, t Trigger) bool {
	if t.Frame != "announce" || t.Noun || !strings.HasPrefix(s.toks[i].Lower, "confirm") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.cue("legislature", k) {
			return true
		}
		if s.toks[k].Punct || s.isTrig[k] >= 0 {
			return false
		}
	}
	return false
}
