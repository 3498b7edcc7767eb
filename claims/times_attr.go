package claims

// Dates of events named as the crime of a verdict or as the topic of a call
// (helper round "attr").

// verdictCrimeWide reports an offence noun (or a death) that names the crime
// of a verdict word before it in the same phrase, past counts and
// modifiers: "found guilty of two counts of first-degree murder Thursday
// evening", "convicted on three counts of armed robbery". verdictCrime only
// looks past adverbs and determiners; here lower-case modifiers, numbers,
// hyphens and "count(s) of" may stand between, and "of", "for" or "on" must.
func (s *sent) verdictCrimeWide(tr trig) bool {
	if !s.frameHas("offence", tr.t.Frame) && tr.t.Frame != "die" {
		return false
	}
	prep := false
	for j := tr.i - 1; j >= 0 && j >= tr.i-10; j-- {
		t := s.toks[j]
		if s.cue("verdict-word", j) {
			return prep
		}
		switch t.Lower {
		case "of", "for", "on":
			prep = true
			continue
		case "-", "count", "counts", "charge", "charges":
			continue
		}
		if t.Punct || t.Text != t.Lower && !isNumber(t.Text) || s.isTrig[j] >= 0 || s.tokMent[j] >= 0 || s.tokTimex[j] >= 0 || s.looksVerb(j) && !isNumber(t.Text) || isAux(t.Lower) || isBe(t.Lower) {
			return false
		}
	}
	return false
}

// verdictDateBefore reports a date at k that follows a verdict word and
// comes before an offence noun (or a death) of the same sentence: "found
// guilty of murder Thursday evening in the death of a woman" — the date is
// the verdict's, the death is older.
func (s *sent) verdictDateBefore(tr trig, k int) bool {
	if !s.crimeAfterVerdict(tr) || k >= tr.i {
		return false
	}
	// a preposition between: "convicted of the June 20, 2021 killing" dates
	// the killing
	e, prep := k, false
	for e < tr.i && s.tokTimex[e] == s.tokTimex[k] {
		e++
	}
	for p := e; p < tr.i; p++ {
		if isPrep(s.toks[p].Lower) || isObjPrep(s.toks[p].Lower) {
			prep = true
		}
	}
	if !prep {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if s.toks[j].Lower == ";" {
			return false
		}
		if s.cue("verdict-word", j) {
			return true
		}
	}
	return false
}

// topicOfTalk reports an event noun that is the object of a verb of talking
// about something (cue class topic-verb): "a call to discuss the
// announcement at 7:15 a.m. today". A date beside it dates the talk, not
// the event talked about.
func (s *sent) topicOfTalk(tr trig) bool {
	if !tr.t.Noun {
		return false
	}
	k := s.backOverModifiers(tr.i, true)
	for k >= 0 && k >= tr.i-4 && s.toks[k].Text == s.toks[k].Lower && !s.toks[k].Punct && s.isTrig[k] < 0 && !s.cue("topic-verb", k) && !s.looksVerb(k) && !isPrep(s.toks[k].Lower) && !isObjPrep(s.toks[k].Lower) {
		k-- // "discuss the proposed announcement"
	}
	return k >= 0 && s.cue("topic-verb", k)
}

// undatedStatement reports a statement that the publication date does not
// date: one told as repeated ("repeatedly denied", "has long said") or one
// the sentence places at an earlier time it does not name ("At the time,
// Israel claimed ..."). It takes no date from publication or paragraph.
func (s *sent) undatedStatement(tr trig) bool {
	if tr.t.Frame != "say" && tr.t.Frame != "deny" && tr.t.Frame != "comment" {
		return false
	}
	for k := tr.i - 1; k >= 0 && k >= tr.i-3; k-- {
		switch s.toks[k].Lower {
		case "repeatedly", "consistently", "long", "often", "frequently", "routinely", "regularly", "previously", "always":
			return true
		}
		if s.toks[k].Punct || s.tokMent[k] >= 0 {
			break
		}
	}
	// "At the time, X claimed", "At that point, X said"
	if len(s.toks) > 3 && s.toks[0].Lower == "at" && (s.toks[1].Lower == "the" || s.toks[1].Lower == "that") && (s.toks[2].Lower == "time" || s.toks[2].Lower == "point") && s.toks[3].Lower == "," {
		return tr.i > 3
	}
	return false
}
