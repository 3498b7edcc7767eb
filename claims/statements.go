package claims

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims/mention"
)

// Who speaks and what a statement covers: speakers after the words they
// say, titled speakers, sources inside prepositional phrases, statements
// inside statements, idioms of "say". Found on the set23 development sample
// (the 23rd articles of ECB+ topics 21–40).

// notTrailingSpeakers drops from people the ones who speak after the
// pronoun at k ("He then opened fire, Deputy Chief Tom Reyes said"): what a
// speaker says of himself he says with "I", so a third-person pronoun in
// the words before his verb of saying is someone else.
func (s *sent) notTrailingSpeakers(people []int, k int) []int {
	out := people[:0:0]
	for _, p := range people {
		if !s.speaksAfter(p, k) {
			out = append(out, p)
		}
	}
	return out
}

// speaksAfter reports a mention of person p after token k that is the
// subject of a verb of saying right after it ("Reyes said", "Reyes later
// told") or comes right after one (", said Reyes").
func (s *sent) speaksAfter(p, k int) bool {
	local := s.x.Mentions[p].Local
	for j := k + 1; j < len(s.toks); j++ {
		mi := s.tokMent[j]
		if mi < 0 || s.x.Mentions[mi].Local != local {
			continue
		}
		st, e := s.mentionStart(j), s.mentionEnd(j)
		for n := e; n < len(s.toks) && n <= e+2; n++ {
			if s.cue("say", n) {
				return true
			}
			if w := s.toks[n].Lower; !isAdverb(w) && w != "also" && w != "later" && w != "then" {
				break
			}
		}
		if b := s.titleStart(st); b > 0 && s.cue("say", b-1) {
			return true
		}
		j = e - 1
	}
	return false
}

// titleStart returns where the titles before a name that starts at token st
// begin ("Homicide Capt. James Clark", "Deputy Chief Tom Reyes"): it backs
// over titles, role words, full stops of abbreviations and capitalized
// words, at most five tokens.
func (s *sent) titleStart(st int) int {
	b := st
	for b > 0 && st-b < 5 {
		t := s.toks[b-1]
		if t.Lower == "." || mention.IsTitle(t.Lower) || s.cue("role", b-1) || !t.Punct && startsUpper(t.Text) && s.tokTimex[b-1] < 0 {
			b--
			continue
		}
		break
	}
	return b
}

// closesAfterTitles is closesSentence for a named speaker that may have
// titles before the name: ", Homicide Capt. James Clark said" closes the
// sentence as ", Clark said" does.
func (s *sent) closesAfterTitles(ms, k int) bool {
	if closesSentence(s.toks, ms) {
		return true
	}
	// the verb follows the name ("Clark later said"), not a noun after a verb
	// of his ("Reagins later confirmed the report to ...")
	for n := s.mentionEnd(ms); n < k; n++ {
		if w := s.toks[n].Lower; !isAdverb(w) && !strings.HasSuffix(w, "ly") && w != "also" && w != "later" && !isAux(w) {
			return false
		}
	}
	b := s.titleStart(ms)
	if b > 1 && s.toks[b-1].Lower == "the" {
		b-- // ", the UN says"
	}
	return closesSentence(s.toks, b) && s.endsStatement(k)
}

// sourceAfterPrep reports a source word whose phrase, starting at token st
// (after its determiner), is the object of a preposition: "a poll published
// by Ethnos newspaper on Sunday said", "the poll published in the Kathimerini
// newspaper gave": the newspaper is not the one who says or does it.
// Capitalized words before the source word are its name. After "from",
// "for" and "of" the phrase still speaks through its head ("a statement from
// Surrey police said", "a spokesman for police said").
func (s *sent) sourceAfterPrep(st int) bool {
	p := s.prepBeforeSource(st)
	if p < 0 {
		return false
	}
	switch w := s.toks[p].Lower; w {
	case "from", "for", "of":
		return false
	default:
		return isObjPrep(w) && !isSubordinator(w)
	}
}

// sourceAfterBy reports a source word that is the agent of a passive
// ("a poll published by Ethnos newspaper said"): it did not say it. After
// other prepositions the source may still speak for the phrase ("a statement
// from Surrey police said").
func (s *sent) sourceAfterBy(st int) bool {
	p := s.prepBeforeSource(st)
	return p >= 0 && s.toks[p].Lower == "by"
}

// prepBeforeSource returns the token before the source phrase at st, past
// the capitalized words of its name and a determiner; -1 at the start.
func (s *sent) prepBeforeSource(st int) int {
	for st > 0 && !s.toks[st-1].Punct && startsUpper(s.toks[st-1].Text) && s.tokTimex[st-1] < 0 && !s.cue("determiner", st-1) {
		st--
	}
	return s.skipDet(st - 1)
}

// endsStatement reports a verb of saying at k that ends its statement: the
// sentence ends after it, or only a date, an adverb, a preposition's phrase
// or the one told follows ("Clark said.", "Clark said Friday", "Clark told
// reporters"); not "Clark later confirmed the report", where what he says
// comes after.
func (s *sent) endsStatement(k int) bool {
	n := k + 1
	if n+1 < len(s.toks) && (s.toks[n].Lower == "," || s.toks[n].Lower == ":") && isQuoteMark(s.toks[n+1].Lower) {
		return false // `X said, "it will ...`: what was said follows
	}
	if n >= len(s.toks) || s.toks[n].Punct || s.tokTimex[n] >= 0 {
		return true
	}
	w := s.toks[n].Lower
	return isObjPrep(w) || isAdverb(w) || strings.HasSuffix(w, "ly") || strings.HasPrefix(s.toks[k].Lower, "tel") || s.toks[k].Lower == "told"
}

// infinitiveSay reports a verb of saying at k in an infinitive ("called
// police to tell them what she had done", "declined to say"): the noun
// before "to" is the object of another verb, and the infinitive tells of a
// purpose or a refusal, not of a statement made; a speaker named later in
// the sentence ("..., authorities said") is the source.
func (s *sent) infinitiveSay(k int) bool {
	return k > 0 && s.toks[k-1].Lower == "to"
}

// objectToSay reports a statement in an infinitive whose subject was taken
// from the object of a verb before it ("Moran called police to tell them
// what he had done": police told nothing; "asked reporters to say"): no
// statement was made by that one.
func (s *sent) objectToSay(c *Claim, tr trig) bool {
	if tr.t.Frame != "say" || !s.infinitiveSay(tr.i) || c.Subject == nil {
		return false
	}
	st := tokenAt(s.toks, c.Subject.Start)
	if st >= tr.i {
		return false
	}
	for st > 0 && (s.isModifier(s.toks[st-1].Lower) || isAdjective(s.toks[st-1].Lower)) {
		st--
	}
	p := s.skipDet(st - 1)
	return p >= 0 && (s.looksVerb(p) || s.cue("control-verb", p))
}

// namesNoEvent reports a claim that names no event or statement: a verb of
// saying in the infinitive of another's verb (objectToSay), in an idiom
// (sayIdiom), or an event noun after "such" that names a kind (suchKind).
func (s *sent) namesNoEvent(c *Claim, tr trig) bool {
	return s.objectToSay(c, tr) || s.sayIdiom(tr) || s.suchKind(tr)
}

// sayIdiom reports "say" in a set phrase that reports no statement: "which
// is not to say well known", "that is to say", "needless to say",
// "suffice it to say".
func (s *sent) sayIdiom(tr trig) bool {
	if tr.t.Frame != "say" || !s.infinitiveSay(tr.i) {
		return false
	}
	p := tr.i - 2
	if p >= 0 && s.toks[p].Lower == "not" {
		p--
	}
	if p < 0 {
		return false
	}
	switch w := s.toks[p].Lower; {
	case isBe(w), w == "needless", w == "suffice", w == "it" && p > 0 && s.toks[p-1].Lower == "suffice":
		return true
	}
	return false
}

// suchKind reports an event noun right after "such" ("weather such
// injuries", "to prevent such attacks"): it names a kind of event, none
// that happened. A count or an ordinal before "such" makes it one event of
// that kind ("the second such attack this month", "another such attack").
func (s *sent) suchKind(tr trig) bool {
	if !tr.t.Noun || tr.i < 1 || s.toks[tr.i-1].Lower != "such" {
		return false
	}
	if p := tr.i - 2; p >= 0 && (s.cue("ordinal", p) || isNumber(s.toks[p].Lower) || s.toks[p].Lower == "one") {
		return false
	}
	return true
}

// coordModalAt reports "and"/"but"/"or" at k that starts a second verb
// phrase with a modal ("lost their 13th game and could tie the mark next
// week in Denver"): what follows is another event, with its own time, place
// and modality.
func (s *sent) coordModalAt(k int) bool {
	switch s.toks[k].Lower {
	case "and", "but", "or":
	default:
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		switch w := s.toks[n].Lower; w {
		case "could", "would", "might", "may", "can", "should", "must", "will", "shall":
			return true
		case "then", "also", "still", "now":
			continue
		default:
			if !strings.HasSuffix(w, "ly") {
				return false
			}
		}
	}
	return false
}

// nestedStatement makes a statement told inside another one ("Leader told
// reporters Friday that Hiller called 911, saying ...") reported by the
// outer speaker, and reports it so: its date is not the publication's (it
// was said at the time of the events told), so it inherits none. The outer
// verb must take what follows as its content, with no clause of its own
// joined after a comma ("X said ..., and Y told reporters"), no quote or
// parenthesis between.
func (s *sent) nestedStatement(c *Claim, tr trig, attr string, attrSpan [2]int, sayAt int) bool {
	if tr.t.Frame != "say" || c.Subject == nil || attr == "" || c.Attribution == attr || sayAt < 0 || tr.i <= sayAt+1 || !s.complementAfter(sayAt) {
		return false
	}
	// the inner verb takes content of its own ("saying ...", "told police
	// that ..."); not a speaker closing a sentence ("..., Pickell said,
	// describing")
	if !strings.HasSuffix(s.toks[tr.i].Lower, "ing") && !s.complementAfter(tr.i) {
		return false
	}
	for k := sayAt + 1; k < tr.i; k++ {
		switch s.toks[k].Lower {
		case ";", "\"", "“", "”", "(", ")":
			return false
		case ",":
			if n := k + 1; n < tr.i && (s.toks[n].Lower == "and" || s.toks[n].Lower == "but" || s.toks[n].Lower == "while") {
				return false
			}
		}
	}
	c.Attribution = attr
	c.Start, c.End = minInt(c.Start, attrSpan[0]), maxInt(c.End, attrSpan[1])
	if c.Modality == Asserted {
		c.Modality = Reported
	}
	return true
}

// articleApposition reports an apposition of tokens (open, j] after a
// person's name that starts with an article and ends in a common noun before
// a comma and the verb of saying at k: "Ann Cole, a 911 dispatcher, told",
// "Tom Reyes, the team's trainer, said". It names the speaker's job even when
// the noun is no known role.
func (s *sent) articleApposition(open, j, k int) bool {
	if open < 1 || k < 1 || s.toks[k-1].Lower != "," || j <= open+1 {
		return false
	}
	switch s.toks[open+1].Lower {
	case "a", "an", "the":
	default:
		return false
	}
	if mi := s.tokMent[open-1]; mi < 0 || s.x.Mentions[mi].Type != "PERSON" {
		return false
	}
	h := s.toks[j]
	return !h.Punct && h.Text == h.Lower && s.tokMent[j] < 0 && !s.looksVerb(j) && !isAdverb(h.Lower) && !strings.HasSuffix(h.Lower, "ly") && !strings.HasSuffix(h.Lower, "ing")
}

// compoundHedge reports a hedging noun at k that only modifies the event
// noun right after it: "a racketeering conspiracy conviction" is a
// conviction for conspiracy, asserted; "conspiracy to kill" still hedges the
// killing.
func (s *sent) compoundHedge(k int, tr trig) bool {
	if !tr.t.Noun || k != tr.i-1 {
		return false
	}
	switch s.toks[k].Lower {
	case "conspiracy", "plot":
		return true
	}
	return false
}

// embeddedDate reports a date at [k, e) that ends a clause embedded under a
// noun ("pleaded guilty to charges he feigned illness in the 1990s"; "claims
// that he lied in 2001") when the event noun of tr comes after a comma and a
// participle ("..., adding three years to his sentence"): the participle
// goes on with the main verb, and the date is the embedded verb's.
func (s *sent) embeddedDate(k, e int, tr trig) bool {
	part := false
	for j := e; j+1 < tr.i; j++ {
		if w := s.toks[j+1]; s.toks[j].Lower == "," && w.Text == w.Lower && len(w.Lower) > 4 && strings.HasSuffix(w.Lower, "ing") && s.isTrig[j+1] < 0 {
			part = true
			break
		}
	}
	if !part {
		return false
	}
	// the verb of the date's clause
	v := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := s.toks[j]
		if t.Punct {
			return false
		}
		if s.isTrig[j] >= 0 {
			return false // the date may be the trigger's own clause's
		}
		if s.tokMent[j] < 0 && s.looksVerb(j) && !isAux(t.Lower) {
			v = j
			break
		}
	}
	if v < 1 {
		return false
	}
	// its subject: a pronoun or a name
	p := v - 1
	for p >= 0 && (isAdverb(s.toks[p].Lower) || strings.HasSuffix(s.toks[p].Lower, "ly")) {
		p--
	}
	if p < 1 {
		return false
	}
	switch {
	case s.isPronoun(p) || s.toks[p].Lower == "they" || s.toks[p].Lower == "it":
	case s.tokMent[p] >= 0:
		p = s.mentionStart(p)
		if p < 1 {
			return false
		}
	default:
		return false
	}
	// and before it the noun it completes, with or without "that"
	q := p - 1
	if s.toks[q].Lower == "that" && q > 0 {
		q--
	}
	n := s.toks[q]
	return !n.Punct && n.Text == n.Lower && s.tokMent[q] < 0 && s.isTrig[q] < 0 && !s.looksVerb(q) && !isAux(n.Lower) && !isPrep(n.Lower) && !isObjPrep(n.Lower) &&
		!s.cue("determiner", q) && !s.cue("say", q) && !s.cue("clause-break", q) && !isAdverb(n.Lower)
}

// isQuoteMark: a token that opens or closes a quotation.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}
