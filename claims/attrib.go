package claims

import "strings"

// Attribution, speakers and the time of statements: who the article says
// asserts a claim, who "he" is when he is the one speaking, and which date a
// statement takes. These are kept apart from the rest of the extractor so the
// rules about speech can be read together.

// quoteState tells, for each token of the sentence, whether it stands inside
// quoted words: marks counted from the start of the sentence, and a quote
// left open by an earlier sentence ("Moffat said: "Yes. / The list went
// 'Peter Capaldi'. / It was short."") goes on.
func (s *sent) quoteState() []bool {
	if s.inQuote != nil {
		return s.inQuote
	}
	s.inQuote = make([]bool, len(s.toks))
	open := s.quoteCarry
	for k := range s.toks {
		if o, ok := s.quoteMarkAt(k, open); ok {
			open = o
			continue
		}
		s.inQuote[k] = open
	}
	return s.inQuote
}

// quoteMarkAt reports whether token k is a quotation mark and whether a
// quote is open after it. A straight mark ending the sentence closes, one
// opening it opens (a quote running over paragraphs opens each of them
// again without closing the one before); elsewhere it toggles.
func (s *sent) quoteMarkAt(k int, open bool) (bool, bool) {
	switch s.toks[k].Lower {
	case "“":
		return true, true
	case "”":
		return false, true
	case "\"":
	default:
		return open, false
	}
	last := true
	for j := k + 1; j < len(s.toks); j++ {
		if !s.toks[j].Punct {
			last = false
			break
		}
	}
	switch {
	case last:
		return false, true
	case k == 0:
		return true, true
	}
	return !open, true
}

// quoteOpenAtEnd reports a quote opened in the sentence (or carried into it)
// and not closed by its end.
func (s *sent) quoteOpenAtEnd() bool {
	open := s.quoteCarry
	for k := range s.toks {
		if o, ok := s.quoteMarkAt(k, open); ok {
			open = o
		}
	}
	return open
}

// peopleOutsideQuotes returns the PERSON mentions of tokens [a, b) that are
// not inside quoted words, one per person: a name the speaker utters is not
// whom "he said" refers to.
func (s *sent) peopleOutsideQuotes(a, b int) []int {
	q := s.quoteState()
	var out []int
	for k := a; k < b && k < len(s.toks); k++ {
		mi := s.tokMent[k]
		if mi < 0 || q[k] || s.x.Mentions[mi].Type != "PERSON" {
			continue
		}
		out = s.addPerson(out, mi)
	}
	return out
}

// sayVerbAfter returns the token of the verb of saying after the pronoun at
// k (see speakerVerbAfter), or k when there is none.
func (s *sent) sayVerbAfter(k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if s.cue("say", j) {
			return j
		}
	}
	return k
}

// speakerVerbAfter reports a verb of saying right after the pronoun at k, past
// adverbs and auxiliaries ("he said", "she also told", "he has said").
func (s *sent) speakerVerbAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		w := s.toks[j].Lower
		if s.cue("say", j) && (s.isTrig[j] < 0 || s.trigs[s.isTrig[j]].t.Frame == "say") {
			return j+1 >= len(s.toks) || s.toks[j+1].Lower != "to" // not "he is said to"
		}
		if !(isAdverb(w) || strings.HasSuffix(w, "ly") || w == "also" || w == "later" || w == "then" || w == "has" || w == "had" || w == "would") {
			return false
		}
	}
	return false
}

// speakerPronoun resolves "he"/"she" at k when it is the one speaking ("...,
// he said", "He added: ..."); ok is false for any other pronoun. What the
// speaker says is not where he is named: a name in the quoted words or in
// the reported clause before ", he said" ("Nixon never called, he said") is
// not the speaker. Then the one person named outside quotes before the
// pronoun in this sentence, else in the previous sentence, else the person
// the paragraph is about (the last subject named outside quotes).
func (s *sent) speakerPronoun(k int) (a *Arg, ok bool) {
	if w := s.toks[k].Lower; w != "he" && w != "she" {
		return nil, false
	}
	// `"...," said he.`; not "..., said he met Ben" (he is in what was said)
	inverted := k >= 1 && s.cue("say", k-1) && (k < 2 || s.toks[k-2].Punct) && (k+1 >= len(s.toks) || s.toks[k+1].Punct)
	if !inverted && !s.speakerVerbAfter(k) {
		return nil, false
	}
	// "..., he said": what stands before is what was said; not "when King
	// was asked, she told them she ...", where it is said after
	final := inverted || k > 0 && (s.toks[k-1].Lower == "," || s.toks[k-1].Lower == "\"" || s.toks[k-1].Lower == "”") && !s.complementAfter(s.sayVerbAfter(k))
	if !final && s.commonPerson(k) {
		return nil, true // "a customer ... he said": the customer, probably
	}
	arg := func(mi int) *Arg {
		return &Arg{Mention: mi, Text: s.x.Mentions[mi].Name, Start: s.toks[k].Start, End: s.toks[k].End}
	}
	if !final {
		people := s.ofGender(s.peopleOutsideQuotes(0, k), k)
		switch len(people) {
		case 1:
			return arg(people[0]), true
		case 0:
		default:
			return nil, true
		}
		// "when King was asked what she saw, she told them": a name before
		// the pronoun that the entity finder missed, or a source
		q := s.quoteState()
		for j := 1; j < k; j++ {
			t := s.toks[j]
			if s.tokMent[j] >= 0 || q[j] || s.tokTimex[j] >= 0 {
				continue
			}
			if startsUpper(t.Text) && !t.Punct && !(j+1 < len(s.toks) && s.toks[j+1].Lower == "'s") || s.cue("source", j) {
				return nil, true
			}
		}
	}
	if a := s.prevSpeaker; a != nil && len(s.peopleOutsideQuotes(0, k)) == 0 && genderFits(a.Text, s.toks[k].Lower) {
		// attrib3.go: "Our reporter says he arrived ... He says that ...":
		// the reporter goes on speaking
		return &Arg{Mention: -1, Text: a.Text, Start: s.toks[k].Start, End: s.toks[k].End}, true
	}
	if s.prevCommon {
		return nil, true
	}
	prev := s.ofGender(s.prevOut, k)
	switch len(prev) {
	case 1:
		return arg(prev[0]), true
	case 0:
	default:
		return nil, true
	}
	if s.topic >= 0 && len(s.ofGender([]int{s.topic}, k)) == 1 {
		return arg(s.topic), true
	}
	return nil, true
}

// topicAfter returns the person the text is about after this sentence, for a
// speaking "he" later on: the PERSON subject of its first claim named outside
// quotes, else the one person it names outside quotes; naming several
// people outside quotes leaves it unknown, naming none keeps prev.
func (s *sent) topicAfter(cs []Claim, prev int) int {
	q := s.quoteState()
	for _, c := range cs {
		if c.Predicate == "title" || c.Predicate == "age" || c.Predicate == "facility" {
			continue
		}
		if c.Subject == nil || c.Subject.Mention < 0 || s.x.Mentions[c.Subject.Mention].Type != "PERSON" {
			continue
		}
		if k := tokenAt(s.toks, c.Subject.Start); k < len(s.toks) && !q[k] {
			return c.Subject.Mention // a resolved "he" goes on being the topic too
		}
	}
	people := s.peopleOutsideQuotes(0, len(s.toks))
	switch {
	case len(people) == 1 && !s.headline:
		return people[0]
	case len(people) > 1:
		return -1
	}
	return prev
}

// appositionSpeaker returns the one speaking with the verb of saying at k
// when an apposition stands between them: "X, a spokesman for Governor Y,
// said", "X, an aide to Y told": the name before the apposition speaks, not
// the one it ends with. It returns the mention and its first token, or -1.
func (s *sent) appositionSpeaker(k int) (int, int) {
	j := k - 1
	if j >= 0 && s.toks[j].Lower == "," {
		j--
	}
	open := -1
	for p := j; p >= 0 && p >= k-16; p-- {
		t := s.toks[p]
		if t.Lower == "," {
			open = p
			break
		}
		if t.Punct && t.Lower != "'s" && t.Lower != "'" && t.Lower != "." && t.Lower != "-" || s.tokRel[p] != 0 {
			return -1, 0
		}
		if s.looksVerb(p) && s.tokMent[p] < 0 || s.cue("say", p) && s.tokMent[p] < 0 {
			return -1, 0 // "X, who met Y, said": no apposition
		}
	}
	if open < 1 || open+1 > j {
		return -1, 0
	}
	// the apposition names a role: "a spokesman for", "an aide to", "the
	// director of", "spokesman for Sudan's armed forces"
	role := false
	for p := open + 1; p <= j && p <= open+4; p++ {
		if s.tokMent[p] >= 0 && s.x.Mentions[s.tokMent[p]].Type == "PERSON" {
			break
		}
		if s.cue("source", p) || s.cue("person-noun", p) || s.cue("role", p) || isRoleNoun(s.toks[p].Lower) {
			role = true
			break
		}
	}
	if !role && !s.articleApposition(open, j, k) { // statements.go
		return -1, 0
	}
	// with no comma closing it, the apposition names whom the role is for
	// ("X, a spokesman for Y told"): "Troy, Mich. police said" is no apposition
	if s.toks[k-1].Lower != "," {
		prep := false
		for p := open + 1; p <= j; p++ {
			if w := s.toks[p].Lower; w == "for" || w == "to" || w == "of" || w == "at" {
				prep = true
			}
		}
		if !prep {
			return -1, 0
		}
	}
	mi := s.tokMent[open-1]
	if mi < 0 {
		return -1, 0
	}
	if t := s.x.Mentions[mi].Type; t != "PERSON" && t != "ORG" {
		return -1, 0
	}
	st := s.mentionStart(open - 1)
	if p := s.skipDet(st - 1); p >= 0 && (isObjPrep(s.toks[p].Lower) || s.looksVerb(p) || s.isTrig[p] >= 0) {
		return -1, 0 // "met with X, a spokesman for Y, and said": X is no speaker
	}
	return mi, st
}

// isRoleNoun lists nouns of a job that speaks for someone, beyond the
// source and role cues: "an aide to", "a lawyer for".
func isRoleNoun(w string) bool {
	switch w {
	case "aide", "adviser", "advisor", "lawyer", "attorney", "representative", "director", "head", "deputy", "assistant", "secretary", "counsel", "agent":
		return true
	}
	return false
}

// complementAfter reports that what was said follows the verb of saying at
// k: "that", a colon or a quote, or a clause with a verb of its own
// ("prosecutors said he continued to run ..."); not a tail (", police said on
// Monday", ", he said in an interview with X", ", police told 1010 WINS").
func (s *sent) complementAfter(k int) bool {
	j := k + 1
	if j >= len(s.toks) {
		return false
	}
	switch s.toks[j].Lower {
	case "that", ":", "\"", "“":
		return true
	}
	if s.toks[j].Punct || isPrep(s.toks[j].Lower) || isObjPrep(s.toks[j].Lower) || s.tokTimex[j] >= 0 {
		return false
	}
	for p := j; p < len(s.toks) && p < j+12; p++ {
		t := s.toks[p]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "." {
			return false
		}
		if s.tokMent[p] >= 0 {
			continue
		}
		if isBe(t.Lower) || isAux(t.Lower) && t.Lower != "to" && t.Lower != "also" || s.looksVerb(p) {
			return true
		}
	}
	return false
}

// pronounSource returns the speaker a pronoun right before the verb of
// saying at k stands for ("He said the robbers fled", "..., she told
// reporters"), resolved; ok is false when no such pronoun stands there.
func (s *sent) pronounSource(k int) (name string, st int, ok bool) {
	j := k - 1
	for j >= 0 && (isAdverb(s.toks[j].Lower) || strings.HasSuffix(s.toks[j].Lower, "ly") || s.toks[j].Lower == "also" || s.toks[j].Lower == "later") {
		j--
	}
	if j < 0 || s.toks[j].Lower != "he" && s.toks[j].Lower != "she" {
		return "", 0, false
	}
	a := s.pronounArg(j)
	if a == nil || a.Mention < 0 {
		return "", 0, false
	}
	return s.x.Mentions[a.Mention].Name, j, true
}

// sayAfterContent reports that the verb of saying of trigger tr comes after
// what was said and a date at tokens [k, e) is part of it: "the crash
// happened at 7 p.m. Friday, police said", "... Friday," said Smith; not a
// date fronted before the whole sentence ("On Monday, police said ...").
func (s *sent) sayAfterContent(tr trig, k, e int) bool {
	if tr.t.Frame != "say" || tr.i < e {
		return false
	}
	// a date that opens the sentence dates the statement, unless the
	// sentence was cut inside it ("around 7 p.m. / Friday at ...")
	opening := false
	if xi := s.tokTimex[k]; (k == 0 || k == 1 && isPrep(s.toks[0].Lower)) && (xi < 0 || s.x.Timexes[xi].Start >= s.start) {
		opening = true
	}
	c := -1
	for p := tr.i - 1; p >= e; p-- {
		if w := s.toks[p].Lower; w == "," || w == "\"" || w == "”" {
			c = p
			break
		}
	}
	if c < 0 || tr.i-c > 7 {
		return false
	}
	if opening && !s.clauseVerbIn(e, c) {
		return false // "On Monday, police said": the date opens the statement
	}
	for p := c + 1; p < tr.i; p++ {
		w := s.toks[p].Lower
		if s.isTrig[p] >= 0 || s.tokMent[p] < 0 && s.looksVerb(p) || w == "and" || w == "but" || w == "or" {
			return false
		}
	}
	// what stands before has a verb: a phrase without one is fronted, not
	// what was said ("In an interview last summer with the Sun, X said")
	for p := 0; p < c; p++ {
		w := s.toks[p].Lower
		if s.tokMent[p] < 0 && s.tokTimex[p] < 0 && (s.isTrig[p] >= 0 && !s.trigs[s.isTrig[p]].t.Noun || s.looksVerb(p) || isBe(w) || isAux(w) && w != "to" && w != "also" && w != "just" && w != "now" && w != "still") {
			return true
		}
	}
	return s.clauseVerbIn(0, c) // "AMD plans to introduce ..., says X"
}

// relayedQuote reports a statement passed on by another ("Gravano quoted
// Gotti as saying ...", "he was quoted as saying"): it was said at some
// earlier time, not on the day of publication.
func (s *sent) relayedQuote(tr trig) bool {
	if tr.i < 2 || s.toks[tr.i].Lower != "saying" || s.toks[tr.i-1].Lower != "as" {
		return false
	}
	for p := tr.i - 2; p >= 0 && p >= tr.i-8; p-- {
		if s.toks[p].Lower == "quoted" {
			return true
		}
		if w := s.toks[p].Lower; w == "," || w == ";" || w == ":" {
			break // not past the clause: the full stop of "Mr." is no end
		}
	}
	return false
}

// speakerOwnAct reports a verb joined by ", and" after what a speaker said,
// with no subject of its own: the speaker's own act, not part of what he
// said ("Woodward says Deep Throat was one man, and promised to reveal ...").
func (s *sent) speakerOwnAct(sayAt int, tr trig) bool {
	if sayAt < 0 || tr.t.Noun || tr.i < sayAt+4 || tr.i < 2 {
		return false
	}
	p := tr.i - 1
	for p > sayAt && (isAdverb(s.toks[p].Lower) || strings.HasSuffix(s.toks[p].Lower, "ly") || s.toks[p].Lower == "also" || s.toks[p].Lower == "then" || s.toks[p].Lower == "later") {
		p--
	}
	if p < 2 || s.toks[p].Lower != "and" || s.toks[p-1].Lower != "," {
		return false
	}
	// the verb is in the past while the speaker still says ("says ..., and
	// promised"): after a past "said" the tense does not tell the two apart
	// ("said the man robbed a bank, and fled")
	w := s.toks[tr.i].Lower
	sv := s.toks[sayAt].Lower
	return strings.HasSuffix(sv, "s") && (strings.HasSuffix(w, "ed") || isIrregularVerb(w))
}

// sayer returns the one speaking with the verb of saying at k, as the
// subject of a statement claim would be.
func (s *sent) sayer(k int) *Arg {
	if mi, _ := s.appositionSpeaker(k); mi >= 0 {
		return s.argOf(mi)
	}
	return s.subjectLeft(k)
}

// yearOfName reports a bare year at token k (ending at e) between "the" and
// the name of a team or a person ("the 2008 Miami Dolphins"): it names that
// season's team, it does not date the verb of the sentence.
func (s *sent) yearOfName(k, e int) bool {
	if e != k+1 || k == 0 || e >= len(s.toks) || s.toks[k-1].Lower != "the" {
		return false
	}
	if w := s.toks[k].Text; len(w) != 4 || !isNumber(w) {
		return false
	}
	mi := s.tokMent[e]
	if mi < 0 || s.x.Mentions[mi].Type != "ORG" && s.x.Mentions[mi].Type != "PERSON" {
		return false
	}
	last := s.mentionEnd(e) - 1
	return !s.cue("event-name", last) // "the 2008 Olympics" is dated by its year
}

// finiteReport reports a verb trigger that can be what the speaker asserts
// happened, not an -ing form after a preposition or a verb ("to avoid
// killing civilians", "little chance at winning"), an infinitive ("want to
// go to the police", "able to vote") or an obligation ("must be met"). A claim
// that names nothing and is anchored only by who said it needs this; a
// participle after a comma ("..., killing one man, police said"), a
// progressive ("are losing") and "the second technician to die" stay.
func (s *sent) finiteReport(tr trig) bool {
	if tr.t.Noun || tr.i == 0 {
		return true
	}
	p := tr.i - 1
	for p > 0 && (strings.HasSuffix(s.toks[p].Lower, "ly") || s.toks[p].Lower == "not") {
		p--
	}
	w, pw := s.toks[tr.i].Lower, s.toks[p].Lower
	if strings.HasSuffix(w, "ing") && (isObjPrep(pw) && !isSubordinator(pw) && pw != "upon" || s.looksVerb(p) && !isAux(pw) && !isBe(pw) || s.cue("gerund-verb", p)) {
		return false
	}
	if pw == "having" && p > 0 && (s.looksVerb(p-1) || s.isTrig[p-1] >= 0 || s.cue("gerund-verb", p-1)) {
		return false // "denied having bought a phone": what he denied, not what he did
	}
	if pw == "be" && p > 0 {
		p--
		pw = s.toks[p].Lower
	}
	switch pw {
	case "must":
		return false // "requirements that must be met"; "would sign" is what was said
	case "to":
		for q := p - 1; q >= 0 && q >= p-4; q-- {
			if v, ok := s.lex.cues["ordinal"][s.toks[q].Lower]; ok && v != "" && v[0] >= '1' && v[0] <= '9' {
				return true // "the second bomb technician to die"
			}
		}
		return p > 0 && s.toks[p-1].Lower == "managed"
	}
	return true
}

// announcesThat reports a verb of announcing at k whose object is a clause
// ("Industry sources have confirmed to eWEEK that HP will acquire EDS",
// "the company announced that ..."): it attributes the clause, like "say".
func (s *sent) announcesThat(k int) bool {
	if ti := s.isTrig[k]; ti < 0 || s.trigs[ti].t.Frame != "announce" {
		return false
	}
	// "that" right after the verb, or after its recipient ("to eWEEK");
	// not the relative "that" of an object ("announced a new rule that")
	j := k + 1
	if j < len(s.toks) && s.toks[j].Lower == "to" {
		j += 2
		for j < len(s.toks) && j <= k+4 && s.toks[j].Lower != "that" && !s.toks[j].Punct {
			j++
		}
	}
	return j < len(s.toks) && s.toks[j].Lower == "that"
}

// clauseVerbIn reports a finite verb (or a verb trigger) in tokens [a, b):
// "Beginning in 2008, AMD plans to introduce ..., says X" has the content's
// verb between the opening date and the speaker, so the date is the
// content's.
func (s *sent) clauseVerbIn(a, b int) bool {
	for p := a; p < b; p++ {
		if s.tokRel[p] != 0 || s.toks[p].Lower == "which" || s.toks[p].Lower == "who" {
			continue // "X, which does business as Y, told": not the content's verb
		}
		if s.tokMent[p] < 0 && s.tokTimex[p] < 0 && (s.isTrig[p] >= 0 && !s.trigs[s.isTrig[p]].t.Noun || s.looksVerb(p) || isBe(s.toks[p].Lower)) {
			return true
		}
		if p >= a+2 && s.toks[p-1].Lower == "to" && (s.cue("plan-noun", p-2) || s.looksVerb(p-2)) && s.tokMent[p] < 0 && !s.toks[p].Punct {
			return true // "plans to introduce"
		}
	}
	return false
}

// sourcePhrase returns the phrase of the source word at j with the
// modifiers before it, from token a on ("some experts", "federal
// officials"), as an argument that names no entity.
func (s *sent) sourcePhrase(j, a int) *Arg {
	st := s.sourceStart(j, a)
	return &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[st].Start:s.toks[j].End], Start: s.toks[st].Start, End: s.toks[j].End}
}

// sourceStart returns the first token of the phrase of the source word at
// j: back over the modifiers and nationalities before it ("senior Syrian
// officials"), never before token floor.
func (s *sent) sourceStart(j, floor int) int {
	st := j
	for st > floor && !s.toks[st-1].Punct && (s.isModifier(s.toks[st-1].Lower) || s.tokMent[st-1] >= 0 && s.x.Mentions[s.tokMent[st-1]].Type == "NORP") {
		st--
	}
	return st
}

// inSourceRelative reports a token i inside a relative clause that hangs on
// the source of "according to" at k: "according to the MacArthur
// Foundation, which last year awarded her a $500,000 grant" — the grant is
// the article's narration about the source, not what the source says.
func (s *sent) inSourceRelative(k, i int) bool {
	if i <= k || s.tokRel[i] == 0 {
		return false
	}
	for j := k + 2; j < i && j < k+10; j++ {
		if s.toks[j].Lower == "," {
			return j+1 < len(s.toks) && (s.toks[j+1].Lower == "which" || s.toks[j+1].Lower == "who") && s.tokRel[j+1] == s.tokRel[i]
		}
	}
	return false
}

// sourceInPlace returns the source phrase of a place name from token ms to
// e that follows "in", "at" or "from" after a source or person noun:
// "Doctors in Gaza said", "officials in Washington say" — the doctors
// speak, not Gaza.
func (s *sent) sourceInPlace(ms, e int) (*Arg, bool) {
	mi := s.tokMent[ms]
	if mi < 0 || !placeTypes[s.x.Mentions[mi].Type] || ms < 2 {
		return nil, false
	}
	if p := s.toks[ms-1].Lower; p != "in" && p != "at" && p != "from" {
		return nil, false
	}
	n := ms - 2
	if !s.cue("source", n) && !s.cue("person-noun", n) {
		return nil, false
	}
	st := s.sourceStart(n, 0)
	end := s.toks[s.mentionEnd(ms)-1].End
	return &Arg{Mention: -1, Text: s.x.Article.Text[s.toks[st].Start:end], Start: s.toks[st].Start, End: end}, true
}

// participleSayer returns the subject of the clause that a participle of
// saying after a comma goes on ("Ismail Haniyeh issued a statement from
// hiding, saying that the Gazans would defeat Israel"): he says what
// follows. Only a named subject; nil otherwise.
func (s *sent) participleSayer(k int) *Arg {
	if k < 2 || s.toks[k].Lower != "saying" || s.toks[k-1].Lower != "," {
		return nil
	}
	a := s.subjectLeft(k)
	if a == nil || a.Mention < 0 {
		return nil
	}
	m := s.x.Mentions[a.Mention]
	return &Arg{Mention: a.Mention, Text: m.Name, Start: m.Start, End: m.End}
}
