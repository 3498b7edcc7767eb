package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/timex"
)

// This file holds the rules on when an event claim happened that go beyond
// picking the nearest date of the clause (assignTimes).

// datesEvent reports whether a temporal expression can say when an event
// happened: a date or a time, or an amount told back from publication
// ("about two years ago", "more than a week ago"), which TimeML types as a
// DURATION but which names a date all the same.
func datesEvent(tx timex.Timex) bool {
	return tx.Type == "DATE" || tx.Type == "TIME" || tx.Point != ""
}

// timexTime is the time a claim takes from expression xi. An amount told
// back from publication gives the date it names: "about two years ago" is
// about that year; "more than two years ago" is that year or before, "less
// than" that year or after.
func timexTime(xi int, tx timex.Timex) *Time {
	t := &Time{Timex: xi, Value: tx.Value, Mod: tx.Mod, Interval: tx.Interval, Source: "clause"}
	if tx.Point != "" {
		t.Value = tx.Point
		switch tx.Mod {
		case "MORE_THAN":
			t.Mod = "ON_OR_BEFORE"
		case "LESS_THAN":
			t.Mod = "ON_OR_AFTER"
		}
	}
	return t
}

// timeScopes numbers the clauses a date cannot cross: the relative clauses
// of markRelatives ("X, who was indicted in 2008, appeared on Monday") and a
// clause opened by "where" after a noun ("found the car on Monday near the
// house where the man was shot": the shooting is not dated Monday unless the
// clause says so). A date or a trigger outside them has scope 0.
func (s *sent) timeScopes() []int {
	scope := make([]int, len(s.toks))
	copy(scope, s.tokRel)
	id := 1 << 20
	for i, t := range s.toks {
		if t.Lower != "where" || i == 0 || scope[i] != 0 || s.toks[i-1].Punct && s.toks[i-1].Lower != "," {
			continue
		}
		id++
		for j, end := i, s.relativeEnd(i); j < end; j++ {
			if scope[j] == 0 {
				scope[j] = id
			}
		}
	}
	return scope
}

// attributiveParticiple reports a verb trigger written as a past participle
// right before its noun: "convicted mobster X died on Monday", "the jailed
// activist", "with accused killer Y". It tells what the person is, from an
// event of some earlier time: neither the sentence's date, nor its
// paragraph's, nor the publication month of a lead sentence is the date of
// that event. Not "police arrested suspects" (a subject before it) nor
// "arrested and charged suspects".
func (s *sent) attributiveParticiple(tr trig) bool {
	if tr.t.Noun || tr.t.Frame == "say" || s.frameHas("statement", tr.t.Frame) || tr.j != tr.i+1 || tr.j >= len(s.toks) || !isParticiple(tr.t, s.toks[tr.i].Lower) {
		return false
	}
	n := s.toks[tr.j]
	if n.Punct || n.Text != n.Lower || s.tokTimex[tr.j] >= 0 || isPrep(n.Lower) || isObjPrep(n.Lower) || isAux(n.Lower) || isBe(n.Lower) || isAdverb(n.Lower) || strings.HasSuffix(n.Lower, "ly") || s.cue("determiner", tr.j) || s.isPronoun(tr.j) || s.looksVerb(tr.j) || s.cue("negation", tr.j) || s.cue("clause-break", tr.j) {
		return false
	}
	switch n.Lower {
	case "and", "or", "but", "to", "as", "than", "so", "that", "who", "which", "dead", "down", "up", "out", "off", "over", "back", "away":
		return false
	}
	if tr.i == 0 {
		return true
	}
	p := s.toks[tr.i-1]
	switch {
	case p.Punct:
		// after a fronted date ("On Monday, arrested activist X met"), not
		// after an apposition (", a partner in the firm, told police")
		return p.Lower == "(" || p.Lower == "\"" || p.Lower == "“" || p.Lower == "," && tr.i >= 2 && s.tokTimex[tr.i-2] >= 0
	case s.cue("determiner", tr.i-1) && p.Lower != "that" && p.Lower != "this":
		return true
	case isObjPrep(p.Lower) || isPrep(p.Lower) || p.Lower == "of" || p.Lower == "for":
		return true
	}
	return false
}

// contentBeforeSpeaker reports a statement verb whose words come before its
// speaker: "Attackers could set up sites, Microsoft said, and then run
// code", "A quake struck Aceh on Tuesday, the survey said, sending people
// into the streets". The speaker (with its modifiers) follows a comma that
// ends what was said, and the verb ends its phrase. The evidence of such a
// statement starts with the sentence, so that it covers what was said.
func (s *sent) contentBeforeSpeaker(tr trig, subj *Arg) bool {
	if subj == nil || tr.j < len(s.toks) && s.toks[tr.j].Lower != "," && !s.toks[tr.j].Punct {
		return false
	}
	sb := tokenAt(s.toks, subj.Start)
	if sb <= 0 || sb >= tr.i || subj.Start < s.start {
		return false
	}
	k := sb - 1
	for k > 0 && k >= sb-4 && !s.toks[k].Punct && (s.cue("determiner", k) || s.toks[k].Text != s.toks[k].Lower || s.tokMent[k] >= 0) {
		k-- // "the US Geological Survey said", "Chief Inspector X said"
	}
	return k >= 3 && s.toks[k].Lower == "," && !s.quoteBetween(0, tr.i)
}

// announcedPlanDate returns the trigger of an announcement whose plan the
// trigger ti states ("AMD announced its intention to buy ATI for $5.4
// billion on Monday", "said on Friday it plans to ..." is the statement's
// anyway) when the date xi is a day of the news (cue class news-day:
// weekdays, "yesterday", "today"): news dates the announcement that way,
// while a plan's own date is told as "next month", "by 2012", "in March".
// It returns -1 otherwise.
func (s *sent) announcedPlanDate(ti, xi int) int {
	tr := s.trigs[ti]
	if tr.t.Noun || tr.i < 3 || s.toks[tr.i-1].Lower != "to" || !s.cue("plan-noun", tr.i-2) {
		return -1
	}
	words := strings.Fields(strings.ToLower(s.x.Timexes[xi].Text))
	if len(words) == 0 {
		return -1
	}
	if _, ok := s.lex.cues["news-day"][words[len(words)-1]]; !ok {
		return -1
	}
	for a, at := range s.trigs {
		if a == ti || at.t.Noun || at.t.Frame != "announce" && at.t.Frame != "say" || at.j > tr.i-2 || tr.i-2-at.j > 2 {
			continue
		}
		ok := true
		for k := at.j; k < tr.i-2; k++ {
			if !s.cue("determiner", k) && !s.isPronoun(k) && s.toks[k].Lower != "its" && s.toks[k].Lower != "their" {
				ok = false
			}
		}
		if ok {
			return a
		}
	}
	return -1
}

// reducedRelative reports a participle inside the subject of its sentence,
// after the noun it describes and before the sentence's own verb: "A
// convicted sex offender sentenced to life in prison pulled a gun on Monday":
// the sentence is older than the story, so it takes no date from the
// sentence or the paragraph (a date in its own phrase still dates it). The
// noun phrase opens the sentence or follows a comma and starts with a
// determiner; the participle is followed by a preposition, not an object.
func (s *sent) reducedRelative(tr trig) bool {
	toks := s.toks
	if tr.t.Noun || tr.i < 2 || tr.j >= len(toks) || !isParticiple(tr.t, toks[tr.i].Lower) {
		return false
	}
	if w := toks[tr.i].Lower; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	if n := toks[tr.j].Lower; !isPrep(n) && !isObjPrep(n) && n != "to" && n != "for" && n != "with" {
		return false
	}
	k := tr.i - 1
	for n := 0; k >= 0 && n < 4; n++ {
		t := toks[k]
		if s.cue("determiner", k) {
			break
		}
		if t.Punct || s.tokMent[k] >= 0 || isBe(t.Lower) || isAux(t.Lower) || s.isPronoun(k) || isPrep(t.Lower) || isObjPrep(t.Lower) || n == 0 && s.looksVerb(k) {
			return false
		}
		k--
	}
	if k < 0 || !s.cue("determiner", k) || k > 0 && toks[k-1].Lower != "," {
		return false
	}
	for j := tr.j; j < len(toks) && j < tr.j+12; j++ {
		t := toks[j]
		if t.Punct && t.Lower != "-" || s.cue("clause-break", j) || t.Lower == "and" || t.Lower == "or" || isWh(t.Lower) {
			return false
		}
		if j > tr.j && (s.looksVerb(j) || isAux(t.Lower) || isBe(t.Lower)) && t.Lower != "to" {
			return true
		}
	}
	return false
}

// verdictCrime reports an event trigger that names the crime of a verdict
// or charge before it: "found Scott Peterson guilty Friday of killing his
// wife", "convicted Nov. 12 of first-degree murder for the death of Laci":
// the date between is the verdict's, not the crime's. The trigger follows
// "of" or "for" (past determiners), and a verdict word (cue class
// verdict-word) stands within ten tokens before.
func (s *sent) verdictCrime(tr trig) bool {
	if !s.frameHas("offence", tr.t.Frame) && tr.t.Frame != "die" {
		return false
	}
	k := s.backOverModifiers(tr.i, true)
	if k < 0 || s.toks[k].Lower != "of" && s.toks[k].Lower != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if s.cue("verdict-word", j) {
			return true
		}
		if s.toks[j].Lower == ";" {
			break
		}
	}
	return false
}

// isWh: a word that opens a clause of its own ("of what officials said",
// "a man who ...").
func isWh(w string) bool {
	switch w {
	case "what", "which", "who", "whom", "whose", "that", "where", "when", "how", "why":
		return true
	}
	return false
}

// parentheticalSay reports a statement verb set off by commas right after a
// date that opens the sentence: "Two years before, he said, an officer
// stopped him". The date is part of what was said, not when it was said;
// the speaker between the commas is a short noun phrase ("he", "police",
// "a spokesman").
func (s *sent) parentheticalSay(tr trig, k, e int) bool {
	if !(tr.t.Frame == "say" || s.frameHas("statement", tr.t.Frame)) || tr.t.Noun || tr.i <= e || e >= len(s.toks) || s.toks[e].Lower != "," {
		return false
	}
	if !(k == 0 || k == 1 && isPrep(s.toks[0].Lower)) || tr.j >= len(s.toks) || s.toks[tr.j].Lower != "," {
		return false
	}
	if tr.i-e-1 < 1 || tr.i-e-1 > 4 {
		return false
	}
	for j := e + 1; j < tr.i; j++ {
		if t := s.toks[j]; t.Punct || s.isTrig[j] >= 0 || isAux(t.Lower) || s.tokTimex[j] >= 0 || s.tokMent[j] < 0 && s.looksVerb(j) {
			return false
		}
	}
	return true
}

// complementOfVerb reports a date that opens the sentence and a trigger in
// the complement of another verb that is no trigger: "Yesterday, the police
// explained that officers shot a man": the date is the explaining's. The
// verb stands between the date and the trigger and "that" follows it (not
// "imposed rules that ...", where "that" opens a relative clause).
func (s *sent) complementOfVerb(tr trig, k, e int) bool {
	if tr.i <= e || !(k == 0 || k == 1 && isPrep(s.toks[0].Lower)) {
		return false
	}
	for j := e; j < tr.i; j++ {
		if s.isTrig[j] >= 0 || s.tokMent[j] >= 0 || isAux(s.toks[j].Lower) || !s.looksVerb(j) {
			continue
		}
		if j+1 < tr.i && s.toks[j+1].Lower == "that" {
			return true
		}
	}
	return false
}

// crimeAfterVerdict reports an event noun of an offence (or a death) told
// after a verdict or charge word of its sentence, with no semicolon between:
// "the jury convicted him last month of the deputy's slaying, as well as the
// attempted murder of another man days before the ambush killing of Ortiz".
// The crime is older than the verdict, however far from it the noun stands,
// so it inherits neither the verdict's date nor the paragraph's (verdictCrime
// covers the noun right after "of"/"for" and its clause date).
func (s *sent) crimeAfterVerdict(tr trig) bool {
	if !tr.t.Noun || !s.frameHas("offence", tr.t.Frame) && tr.t.Frame != "die" {
		return false
	}
	for j := tr.i - 1; j >= 0; j-- {
		if s.toks[j].Lower == ";" {
			return false
		}
		if s.cue("verdict-word", j) && s.isTrig[j] != s.isTrig[tr.i] {
			return true
		}
	}
	return false
}
