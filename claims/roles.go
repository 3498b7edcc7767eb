package claims

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claims/mention"
	"github.com/crosscheck/crosscheck/corpus"
)

// Checks on who did what to whom, made after a claim's arguments are found:
// an argument of a type its role cannot have, a name that only modifies a
// noun, the same name as object and place, and a speaker's job given as the
// speaker. Each drops or replaces one argument; the claim stays unless it is
// then about nothing.

//go:embed data/roles.txt
var rolesData string

// roleLex holds data/roles.txt: by "FRAME ROLE", the argument types that role
// may not have; and the job words of a speaker's apposition.
type roleLex struct {
	notType        map[string]map[string]bool
	speakerTitle   map[string]bool
	hyphenModifier map[string]bool
}

var (
	roles     *roleLex
	rolesOnce sync.Once
)

func loadRoles() *roleLex {
	rolesOnce.Do(func() {
		r := &roleLex{notType: map[string]map[string]bool{}, speakerTitle: map[string]bool{}, hyphenModifier: map[string]bool{}}
		for _, l := range corpus.Lines(rolesData) {
			key, list, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			key = strings.TrimSpace(key)
			for _, w := range strings.Split(list, ",") {
				w = strings.ToLower(strings.TrimSpace(w))
				if w == "" {
					continue
				}
				switch key {
				case "speaker-title":
					r.speakerTitle[w] = true
					continue
				case "hyphen-modifier":
					r.hyphenModifier[w] = true
					continue
				}
				if r.notType[key] == nil {
					r.notType[key] = map[string]bool{}
				}
				r.notType[key][w] = true
			}
		}
		roles = r
	})
	return roles
}

// trustedType returns the type class of a mention that roles.txt may reject:
// "place" for a GPE or LOC the entity finder did not guess ("Queens" from the
// gazetteer, not "Kraft" typed a place from "in Kraft"), "facility" for a
// FACILITY; "" for anything else, which is never rejected.
func trustedType(m mention.Mention) string {
	switch {
	case (m.Type == "GPE" || m.Type == "LOC") && !m.Guessed:
		return "place"
	case m.Type == "FACILITY":
		return "facility"
	}
	return ""
}

// wrongType reports an argument whose trusted type its frame's role may not
// have ("kill object: place").
func (s *sent) wrongType(frame, role string, a *Arg) bool {
	if a == nil || a.Mention < 0 {
		return false
	}
	t := trustedType(s.x.Mentions[a.Mention])
	return t != "" && loadRoles().notType[frame+" "+role][t]
}

// checkRoles drops the arguments of an event claim that cannot be what their
// role says and fixes a speaker given by his job. It reports false when the
// claim is then about nothing it can be checked by.
func (s *sent) checkRoles(c *Claim, ti int, tr trig) bool {
	dropped := false
	if s.wrongType(tr.t.Frame, "subject", c.Subject) {
		c.Subject, dropped = nil, true
	}
	if s.wrongType(tr.t.Frame, "object", c.Object) {
		c.Object, dropped = nil, true
	}
	for _, a := range []**Arg{&c.Subject, &c.Object} {
		if s.compoundModifier(*a) {
			*a, dropped = nil, true // "a call with Seattle-area reporters": not Seattle
		}
	}
	if s.thingBeforeEvent(c.Subject, tr) {
		c.Subject, dropped = nil, true // "the MacBook unveiling", "Internet Explorer Attacks"
	}
	if c.Place != nil && s.placeOfMatter(c.Place) {
		c.Place, dropped = nil, true // "his role in Watergate": the matter, no place
	}
	if c.Place != nil && s.eventModifier(c.Place) && !s.modifiesTrigger(c.Place, tr) {
		c.Place, dropped = nil, true // "accused in Kraft plant shootings": no place
	}
	if c.Place != nil && s.eventTriggerModifier(c.Place, tr) {
		c.Place, dropped = nil, true // "charged in fatal Queens crash": the crash's place
	}
	if k := s.argTok(c.Object); k >= 0 && tr.t.Noun && s.ofInPlacePhrase(tr.j, k) && (!s.frameHas("place-object", tr.t.Frame) || s.placeInNounPhrase(tr.j, k)) {
		// "the loss of all power in the city of Alexandria": where, not what
		if c.Place == nil && placeTypes[s.x.Mentions[c.Object.Mention].Type] {
			c.Place = c.Object
		}
		c.Object, dropped = nil, true
	}
	if c.Object != nil && c.Place != nil && c.Object.Mention >= 0 && c.Place.Mention >= 0 &&
		s.x.Mentions[c.Object.Mention].Local == s.x.Mentions[c.Place.Mention].Local && !s.frameHas("place-object", tr.t.Frame) {
		c.Object, dropped = nil, true // "the loss of power in the city of Alexandria": where, not what
	}
	if tr.t.Frame == "say" {
		s.speakerBeforeJob(c)
		s.speakerBeforeAddress(c)
	}
	if c.Object == nil && c.Subject != nil && s.frameHas("person-patient", tr.t.Frame) && s.patientVerbBetween(s.subjectTok(c.Subject), tr.i) {
		c.Subject, c.Object = nil, c.Subject // "he is facing charges": he is the one charged
	}
	if !dropped {
		return true
	}
	if tr.t.Frame == "say" && c.Subject == nil {
		return false // a statement needs its speaker
	}
	_, xi := s.timeOf(ti)
	return c.Subject != nil && (c.Subject.Mention >= 0 || tr.t.Frame == "say") || c.Object != nil && c.Object.Mention >= 0 ||
		c.Ordinal != 0 || xi >= 0 || c.Place != nil || c.Attribution != ""
}

// compoundModifier reports a name joined by a hyphen to a modifier word
// ("Seattle-area reporters", "Seattle - area reporters", "a Texas-based
// firm"): it modifies the noun after it and names no participant.
func (s *sent) compoundModifier(a *Arg) bool {
	k := s.argTok(a)
	if k < 0 {
		return false
	}
	m := s.x.Mentions[a.Mention]
	e := s.mentionEnd(k)
	if t := s.toks[e-1]; t.End > m.End && m.End > t.Start && s.x.Article.Text[m.End] == '-' {
		return hyphenModifier(strings.ToLower(s.x.Article.Text[m.End+1 : t.End])) // one token: "Seattle-area"
	}
	if e+1 < len(s.toks) && s.toks[e].Lower == "," {
		// "Markham, Ont-based ATI", "Sunnyvale, Calif.-based AMD": the town
		// and its state modify the firm
		n := s.toks[e+1]
		if i := strings.LastIndex(n.Text, "-"); i > 0 && hyphenModifier(strings.ToLower(n.Text[i+1:])) {
			return true
		}
		if e+3 < len(s.toks) && s.toks[e+2].Lower == "-" && hyphenModifier(s.toks[e+3].Lower) {
			return true
		}
	}
	return e+1 < len(s.toks) && s.toks[e].Lower == "-" && s.tokMent[e+1] < 0 && s.toks[e+1].Text == s.toks[e+1].Lower && hyphenModifier(s.toks[e+1].Lower)
}

// hyphenModifier reports a word that, after "NAME-", makes a modifier.
func hyphenModifier(w string) bool {
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	return loadRoles().hyphenModifier[w]
}

// eventModifier reports a name that modifies an event noun after it, a few
// lower-case words on ("in Kraft plant shootings", "in the Boston bombing
// case"): "in" there names the matter, not where the event happened.
func (s *sent) eventModifier(a *Arg) bool {
	k := s.argTok(a)
	if k < 0 {
		return false
	}
	e := s.mentionEnd(k)
	if e >= len(s.toks) || !s.modifierAt(e) {
		return false
	}
	for h := e; h < len(s.toks) && h < e+3; h++ {
		t := s.toks[h]
		if t.Punct || t.Text != t.Lower && !s.headline || s.tokMent[h] >= 0 {
			return false
		}
		if s.cue("legal-head", h) || s.eventNoun(t.Lower) {
			return true
		}
	}
	return false
}

// eventNoun reports a word that is a noun trigger of some frame ("shootings",
// "attack", "visit").
func (s *sent) eventNoun(w string) bool {
	for _, c := range s.lex.triggers[w] {
		if c.Noun && len(c.Words) == 1 {
			return true
		}
	}
	for _, suffix := range []string{"ings", "ing"} {
		if b, ok := strings.CutSuffix(w, suffix); ok && len(b) > 3 {
			for _, c := range s.lex.triggers[b] {
				if !c.Noun {
					return true // "shootings" of "shoot"
				}
			}
		}
	}
	return false
}

// speakerBeforeJob replaces a speaker that is the job of the person named
// before it: "Ann Roe, Controller BBC Two, says", "Ann Roe, Controller, BBC
// Drama Commissioning says": Ann Roe speaks. Between the person and the verb
// stand at most two comma-separated parts, one of them with a job word.
func (s *sent) speakerBeforeJob(c *Claim) {
	a := c.Subject
	if a == nil || a.Mention < 0 {
		return
	}
	k := s.argTok(a)
	if k < 0 || s.mentionEnd(k) >= len(s.toks) || !s.cue("say", s.mentionEnd(k)) {
		return // only a speaker right before the verb: "X, Controller Y says"
	}
	job := s.jobWord(k, s.mentionEnd(k))
	p := k - 1 // the comma before the current part
	for part := 0; part < 2; part++ {
		if p < 1 || s.toks[p].Lower != "," {
			return
		}
		// the part before the comma: a name, or a few capitalized words
		e := p
		st := p - 1
		if mi := s.tokMent[st]; mi >= 0 {
			st = s.mentionStart(st)
			m := s.x.Mentions[mi]
			if m.Type == "PERSON" && !s.jobWord(st, e) {
				if !job || mi == a.Mention || st > 0 && !s.toks[st-1].Punct {
					return // "the judge told Ann Roe, Tom Bly said": not an apposition
				}
				c.Subject = s.argOf(mi)
				if c.Start > c.Subject.Start && c.Start-c.Subject.Start < 200 {
					c.Start = c.Subject.Start // the evidence names the speaker
				}
				if c.Attribution != "" {
					c.Attribution = m.Name
				}
				return
			}
		} else {
			for st > 0 && st > p-4 && !s.toks[st-1].Punct && s.tokMent[st-1] < 0 && s.toks[st-1].Text != s.toks[st-1].Lower {
				st--
			}
			if s.toks[st].Punct || s.toks[st].Text == s.toks[st].Lower {
				return
			}
		}
		job = job || s.jobWord(st, e)
		p = st - 1
	}
}

// jobWord reports a job word among tokens [a, b).
func (s *sent) jobWord(a, b int) bool {
	r := loadRoles()
	for k := a; k < b && k < len(s.toks); k++ {
		if w := s.toks[k].Lower; r.speakerTitle[w] || mention.IsTitle(w) {
			return true
		}
	}
	return false
}

// argTok returns the first token of an argument written as a name in this
// sentence, or -1 (a literal, a pronoun standing for a name).
func (s *sent) argTok(a *Arg) int {
	if a == nil || a.Mention < 0 {
		return -1
	}
	k := tokenAt(s.toks, a.Start)
	if k >= len(s.toks) || s.tokMent[k] != a.Mention {
		return -1
	}
	return k
}

// predicateNominal reports a name at k right after a form of "be" ("will be
// the Twelfth Doctor"): it says what the subject is, it is no subject itself.
func (s *sent) predicateNominal(k int) bool {
	p := s.skipDet(k - 1)
	if p < 0 {
		return false
	}
	switch s.toks[p].Lower {
	case "be", "is", "was", "are", "were", "been", "being":
		return p == 0 || s.toks[p-1].Lower != "there"
	}
	return false
}

// nounAfterPrepNoun reports a word at i after a preposition and one bare
// noun ("on sex charges", "for drug arrests"): a noun, not a verb with the
// name before as its subject ("Jeffs arraigned in Texas on sex charges").
func (s *sent) nounAfterPrepNoun(i int) bool {
	if i < 2 {
		return false
	}
	switch s.toks[i-2].Lower {
	case "on", "in", "of", "for", "with", "over", "after", "from", "amid", "about", "against":
	default:
		return false
	}
	n := s.toks[i-1]
	return !n.Punct && s.tokMent[i-1] < 0 && s.tokTimex[i-1] < 0 && !s.looksVerb(i-1) && !isAux(n.Lower) && !s.cue("determiner", i-1) &&
		!s.isPronoun(i-1) && !isAdverb(n.Lower) && !strings.HasSuffix(n.Lower, "ly") && !strings.HasSuffix(n.Lower, "ing") && s.lex.triggers[n.Lower] == nil
}

// ofInPlacePhrase reports a name at k after "of" that belongs to a place
// phrase after the event noun ending at j: "loss of all power in the city of
// Alexandria" (an "in", "at" or "near" between the noun and the "of").
func (s *sent) ofInPlacePhrase(j, k int) bool {
	p := s.skipDet(k - 1)
	if p < 0 || s.toks[p].Lower != "of" {
		return false
	}
	for h := j; h < p; h++ {
		if w := s.toks[h].Lower; isPlacePrep(w) && w != "to" && s.tokMent[h] < 0 {
			return true
		}
	}
	return false
}

// patientVerbBetween reports a verb between a subject at a and an event
// word at i whose subject the event happens to ("he is facing charges of
// assault and bigamy charges", "Ann Pike is expected to be arraigned on two
// murder charges"), with no other name or clause break between them.
func (s *sent) patientVerbBetween(a, i int) bool {
	if a < 0 || a >= i || i-a > 20 {
		return false
	}
	for k := a + 1; k < i; k++ {
		if s.cue("patient-verb", k) {
			return true
		}
		if s.tokMent[k] >= 0 && s.tokMent[k] != s.tokMent[a] || s.isPronoun(k) || s.toks[k].Lower == ";" || s.cue("clause-break", k) {
			return false
		}
	}
	return false
}

// subjectTok returns the token where a subject stands in this sentence: its
// name, or the pronoun that names it ("He is facing charges"); -1 if neither.
func (s *sent) subjectTok(a *Arg) int {
	if k := s.argTok(a); k >= 0 {
		return k
	}
	if a == nil {
		return -1
	}
	if k := tokenAt(s.toks, a.Start); k < len(s.toks) && s.toks[k].Start == a.Start && s.isPronoun(k) {
		return k
	}
	return -1
}

// thingBeforeEvent reports a subject that is a name of no known kind (MISC:
// a product, a work, an event) standing right before an event word used as a
// noun: "the MacBook unveiling", "Internet Explorer Attacks" in a headline.
// Such a name says what the event is about, more often its target than its
// doer; a person, a group or a place there is the doer ("the Apple
// unveiling", "Taliban attacks") and is kept.
func (s *sent) thingBeforeEvent(a *Arg, tr trig) bool {
	k := s.argTok(a)
	if k < 0 || s.x.Mentions[a.Mention].Type != "MISC" || s.mentionEnd(k) != tr.i {
		return false
	}
	w := s.toks[tr.i].Lower
	return tr.t.Noun || strings.HasSuffix(w, "ing") || s.headline && strings.HasSuffix(w, "s") && tr.j >= len(s.toks)
}

// listedQuantity reports a number at k joined by "and"/"or" to the noun
// phrase of the name ending at e, with no verb between: "the new GeForce
// Kepler graphics and 768GB of storage" lists parts, the name does not have
// the number. After a verb the number is the verb's ("fired at him and two
// other officers", "has two years and $8 million left").
func (s *sent) listedQuantity(e, k int) bool {
	if k < 1 || s.toks[k-1].Lower != "and" && s.toks[k-1].Lower != "or" {
		return false
	}
	for j := e; j < k-1; j++ {
		if s.looksVerb(j) || isAux(s.toks[j].Lower) || isBe(s.toks[j].Lower) || s.isTrig[j] >= 0 || s.tokRel[j] != 0 {
			return false
		}
	}
	return true
}

// nameAfterNouns returns the mention that a name ending at e modifies
// through one to three lower-case nouns: "Toronto consulting firm Research
// Infosource", "Apple engineer John Smith" — the later name heads the
// phrase. It returns -1 when no such name follows before end.
func (s *sent) nameAfterNouns(e, end int) int {
	n := e
	for n < end && n < e+3 && s.tokMent[n] < 0 {
		t := s.toks[n]
		if t.Punct || t.Text != t.Lower || isPrep(t.Lower) || isObjPrep(t.Lower) || isAux(t.Lower) || isBe(t.Lower) || s.looksVerb(n) || s.isTrig[n] >= 0 || s.cue("determiner", n) || s.cue("clause-break", n) || t.Lower == "and" || t.Lower == "or" {
			return -1
		}
		n++
	}
	if n == e || n >= end || s.tokMent[n] < 0 {
		return -1
	}
	return n
}

// stateAfterTown reports a name starting at k that follows "<preposition>
// <name>," — the state or country of a town ("in Sunnyvale, Calif.", "from
// Markham, Ontario"): it belongs to the place phrase and is no participant.
func (s *sent) stateAfterTown(k int) bool {
	if k < 3 || s.toks[k-1].Lower != "," || s.tokMent[k-2] < 0 || s.tokMent[k] < 0 || !placeTypes[s.x.Mentions[s.tokMent[k]].Type] || !placeTypes[s.x.Mentions[s.tokMent[k-2]].Type] {
		return false
	}
	st := s.mentionStart(k - 2)
	p := s.skipDet(st - 1)
	return p >= 0 && (isObjPrep(s.toks[p].Lower) || isPlacePrep(s.toks[p].Lower)) && !isSubordinator(s.toks[p].Lower)
}
