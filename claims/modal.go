package claims

import "strings"

// Modality, negation and senses that the word window before a trigger does
// not show (found on audits 13–15 as development data):
//   - a plan told through a noun of plan, a schedule or a future clause:
//     "signs agreement to acquire X", "sentencing is set for Nov. 8",
//     "will speak during a public meeting this evening";
//   - an event in what someone denies ("X denied that he bought it"): the
//     denier says it did not happen, the article does not;
//   - a verb joined by "or" to a negated one ("no one was killed or
//     injured") shares its negation;
//   - a sum of money as the object ("lost $1.7 billion", "headed to $9") or
//     a thing added to something ("added carbon consulting to its
//     business") shows another sense of the frame.

// modalFix corrects the modality and the negation of an event claim c built
// for trigger tr, and attributes an event inside a denial to the denier
// (denier maps a deny trigger to the claim it made).
func (s *sent) modalFix(c *Claim, tr trig, denier map[int]*Claim) {
	if tr.t.Frame == "say" || tr.t.Frame == "deny" {
		return
	}
	if !c.Negated && s.coordNegated(tr, 0) {
		c.Negated = true // "no one was killed or injured"
	}
	if d := s.deniedBy(tr); d >= 0 {
		c.Negated = !s.negationBetween(s.trigs[d].j, tr.i)
		if c.Modality == Asserted {
			c.Modality = Reported
		}
		if dc := denier[d]; dc != nil && c.Attribution == "" {
			c.Attribution = dc.Subject.Text
			if dc.Subject.Mention >= 0 {
				c.Attribution = s.x.Mentions[dc.Subject.Mention].Name
			}
			c.Start = minInt(c.Start, dc.Start) // "Jones denied that he bought"
		}
		return
	}
	if c.Modality == Asserted || c.Modality == Reported {
		if s.planNounTo(tr) || s.scheduledNoun(tr) || s.futureFrame(tr) || s.proposedObject(tr) {
			c.Modality = Planned
		}
	}
}

// planNounTo reports a verb trigger right after a noun of an agreement or a
// plan and "to" (cue class plan-ahead): "signs agreement to acquire EYP",
// "announced a deal to acquire SeaMicro": agreed, not done. A decision is not
// listed: "the decision to hire him" is mostly told once it was done.
func (s *sent) planNounTo(tr trig) bool {
	return !tr.t.Noun && tr.i >= 2 && s.toks[tr.i-1].Lower == "to" && s.cue("plan-ahead", tr.i-2)
}

// scheduledNoun reports an event noun whose verb puts it on a schedule:
// "Formal sentencing is set for 11 a.m.", "the meeting was scheduled for
// May", "the vote has been slated for Monday" (cue class
// after-noun-planned, with a form of "be" between), "the acquisition is
// subject to closing conditions", "is pending", "is expected to close". A
// gerund counts as a noun ("sentencing").
func (s *sent) scheduledNoun(tr trig) bool {
	if !tr.t.Noun && !strings.HasSuffix(s.toks[tr.j-1].Lower, "ing") {
		return false
	}
	k := tr.j
	if k < len(s.toks) && s.toks[k].Lower == "of" {
		// "sentencing of Tom Hale is set for": over the "of" phrase
		for m := k + 1; m < len(s.toks) && m < k+9 && !s.toks[m].Punct; m++ {
			if isBe(s.toks[m].Lower) {
				k = m
				break
			}
			if w := s.toks[m].Lower; w == "and" || w == "or" || s.cue("clause-break", m) || s.looksVerb(m) {
				break // "charges of fleeing and eluding police and was expected to be charged": another verb's
			}
		}
	}
	n := 0
	for k < len(s.toks) && n < 3 && (isBe(s.toks[k].Lower) || s.toks[k].Lower == "has" || s.toks[k].Lower == "have" || s.toks[k].Lower == "had" || s.toks[k].Lower == "now" || s.toks[k].Lower == "tentatively") {
		k++
		n++
	}
	if n == 0 || k+1 >= len(s.toks) {
		return false
	}
	if w := s.toks[k].Lower; w == "pending" || w == "subject" && s.toks[k+1].Lower == "to" {
		return true // "the acquisition is subject to closing conditions": not done yet
	}
	if s.toks[k].Lower == "expected" && s.toks[k+1].Lower == "to" && k+2 < len(s.toks) {
		switch s.toks[k+2].Lower {
		case "close", "complete", "be", "take", "happen", "occur", "begin", "start", "finish":
			return true // "the purchase is expected to close in May"
		}
		return false
	}
	if !s.cue("after-noun-planned", k) || s.toks[k].Lower == "due" {
		return false
	}
	switch s.toks[k+1].Lower {
	case "for", "to", "on", "in", "next":
		return true
	}
	return false
}

// futureFrame reports an event noun inside a phrase of time ("during",
// "at", "ahead of") of a clause that a "will" puts ahead: "Mr. Ban will
// speak during a public meeting this evening": the meeting is still to come.
func (s *sent) futureFrame(tr trig) bool {
	if !tr.t.Noun {
		return false
	}
	k := tr.i - 1
	for n := 0; k >= 0 && n < 4 && !s.toks[k].Punct && s.toks[k].Lower != "during" && s.toks[k].Lower != "at" && s.toks[k].Lower != "of" && !isObjPrep(s.toks[k].Lower) && s.isTrig[k] < 0; n++ {
		k-- // "a public", "the council's"
	}
	if k < 0 {
		return false
	}
	switch w := s.toks[k].Lower; {
	case w == "during" || w == "at":
	case w == "of" && k > 0 && s.toks[k-1].Lower == "ahead":
		k--
	default:
		return false
	}
	for m := k - 1; m >= 0 && m >= k-16; m-- {
		t := s.toks[m]
		if t.Punct || s.cue("clause-break", m) {
			return false
		}
		switch t.Lower {
		case "will", "shall", "'ll":
			return !s.willName(m)
		}
	}
	return false
}

// subjectPronoun: a clause opens with it ("added he would stay").
var subjectPronoun = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// denialHeads are the words that may open what a denial denies after
// the deny verb: "denied that ...", "denied reports that ...", "denied
// having ...".
var denialHeads = map[string]bool{"reports": true, "report": true, "claims": true, "claim": true, "allegations": true, "allegation": true, "accusations": true, "accusation": true, "charges": true, "suggestions": true, "rumors": true, "rumours": true, "assertions": true, "speculation": true}

// deniedBy returns the index of a deny trigger whose complement holds tr
// ("Simpson denied that he bought the phone", "denied reports that he had
// resigned", "denied having bought", "Sudan denied bombing the camp"), or
// -1. The complement ends at punctuation or at a clause break other than
// its opening "that".
func (s *sent) deniedBy(tr trig) int {
	for k := tr.i - 1; k >= 0 && k >= tr.i-16; k-- {
		t := s.toks[k]
		if t.Punct && t.Lower != "'s" && t.Lower != "-" {
			return -1
		}
		ti := s.isTrig[k]
		if ti < 0 || s.trigs[ti].t.Frame != "deny" {
			if s.cue("clause-break", k) && !(t.Lower == "that" && k > 0 && (s.isTrig[k-1] >= 0 && s.trigs[s.isTrig[k-1]].t.Frame == "deny" || denialHeads[s.toks[k-1].Lower])) {
				return -1 // "denied the claims after police arrested him"
			}
			continue
		}
		d := s.trigs[ti]
		o := d.j
		if o < tr.i && denialHeads[s.toks[o].Lower] {
			o++
		}
		if o == tr.i && !tr.t.Noun && strings.HasSuffix(s.toks[tr.i].Lower, "ing") {
			return ti // "denied bombing the camp"
		}
		if o < tr.i && s.toks[o].Lower == "ever" {
			o++
		}
		if o < tr.i && (s.toks[o].Lower == "that" || s.toks[o].Lower == "having") {
			return ti
		}
		return -1
	}
	return -1
}

// negationBetween reports a negation word in [a, b): a denied negation
// ("denied that he had not paid") asserts the event.
func (s *sent) negationBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.cue("negation", k) && s.toks[k].Lower != "without" {
			return true
		}
	}
	return false
}

// coordNegated reports a trigger right after "or" or "nor" that follows a
// negated trigger: "no one was killed or injured", "no deaths or injuries".
func (s *sent) coordNegated(tr trig, depth int) bool {
	if tr.i < 2 || depth > 3 {
		return false
	}
	if c := s.toks[tr.i-1].Lower; c != "or" && c != "nor" {
		return false
	}
	p := s.isTrigEnd(tr.i - 1)
	if p < 0 {
		return false
	}
	return s.negated(s.trigs[p].i) || s.coordNegated(s.trigs[p], depth+1)
}

// amountAt reports an amount of money or a number of units at k, over a few
// words of degree: "$1.7 billion", "nearly $9", "5 percent", "2 million".
// Shared by amountSense ("lost $1.7 billion") and addedAmount ("added
// another $20,000").
func (s *sent) amountAt(k int) bool {
	for n := 0; k < len(s.toks) && n < 3; k, n = k+1, n+1 {
		switch s.toks[k].Lower {
		case "another", "an", "a", "extra", "further", "additional", "nearly", "almost", "about", "roughly", "some", "more", "than", "over", "around", "just", "up", "to":
			continue // also addedAmount's words: "added another $20,000"
		}
		break
	}
	if k >= len(s.toks) {
		return false
	}
	switch w := s.toks[k].Lower; {
	case strings.ContainsAny(w, "$€£¥"):
		return true
	case strings.Trim(w, "0123456789.,") == "" && k+1 < len(s.toks):
		switch s.toks[k+1].Lower {
		case "million", "billion", "trillion", "thousand", "dollars", "euros", "pounds", "yen", "percent", "%", "cents", "points", "per":
			return true
		}
	}
	return false
}

// amountSense reports a verb trigger at [i, j) of a frame of cue class
// amount-object whose object is a sum of money or a number of units: "lost
// $1.7 billion in 2003" is no lost contest, a share price "headed to $9"
// visits nothing. The noun ("a loss of 20 million dollars in the fourth
// quarter") is left as it was: the s24 tests keep it as a dated loss.
func (s *sent) amountSense(i, j int, t Trigger) bool {
	if t.Noun || !s.frameHas("amount-object", t.Frame) || j >= len(s.toks) {
		return false
	}
	return s.amountAt(j)
}

// addedThing reports "add" with a thing and "to" a noun phrase after it:
// "IBM added carbon consulting to its business", "added 300 workers to its
// payroll": something was added, nothing said. A clause after "added" ("added
// the police were coming to the house") has a verb before any "to".
func (s *sent) addedThing(i int, t Trigger) bool {
	if t.Frame != "say" || !strings.HasPrefix(s.toks[i].Lower, "add") {
		return false
	}
	k := i + 1
	for n := 0; k < len(s.toks) && n < 7; k, n = k+1, n+1 {
		w := s.toks[k]
		if w.Lower == "to" {
			if n == 0 || k+1 >= len(s.toks) {
				return false
			}
			return s.cue("determiner", k+1) || s.tokMent[k+1] >= 0 && s.tokMent[k+1] != s.tokMent[k-1]
		}
		if w.Punct && w.Lower != "-" || s.cue("clause-break", k) || isBe(w.Lower) || isAux(w.Lower) || s.looksVerb(k) || subjectPronoun[w.Lower] {
			return false
		}
	}
	return false
}
