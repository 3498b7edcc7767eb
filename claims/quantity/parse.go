package quantity

import (
	"math"
	"strings"
)

// parser reads quantities from the tokens of one sentence. Each method takes
// a token index and returns the index after what it consumed.
type parser struct {
	text  string
	toks  []token
	floor int // tokens before it belong to a quantity already read
}

// num is one number as written: digits with an optional scale, number
// words, or a vague plural ("hundreds of thousands").
type num struct {
	start, end int // token range
	val        float64
	mult       float64 // the scale word's multiplier, 0 when none
	digits     *token  // the digits token, nil for words
	one        bool    // the word "one" alone
	capWord    bool    // a capitalized number word inside a sentence ("Ocean's Eleven")
	vague      bool
	lo, hi     float64 // vague amounts
	vagueName  string
}

func (n *num) yearLike() bool {
	t := n.digits
	return t != nil && n.mult == 0 && t.nint == 4 && t.frac == 0 && !t.grouped && n.val >= 1800 && n.val <= 2100
}

func (n *num) integer() bool { return n.digits == nil || n.digits.frac == 0 || n.mult != 0 }

func (p *parser) ent(i int) *entry {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return p.toks[i].ent
}

func (p *parser) is(i int, e *entry) bool { return e != nil && p.ent(i) == e }

func (p *parser) has(i int, c class) bool {
	e := p.ent(i)
	return e != nil && e.class&c != 0
}

// joined reports whether token i starts where token i-1 ends.
func (p *parser) joined(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i-1].e == p.toks[i].s
}

func (p *parser) kind(i int) tokKind {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	return p.toks[i].kind
}

// sentenceInitial reports whether token i starts the sentence or a quote, where
// a capital letter says nothing.
func (p *parser) sentenceInitial(i int) bool {
	if i == 0 {
		return true
	}
	if p.toks[i-1].kind != tSym {
		return false
	}
	switch p.text[p.toks[i-1].s] {
	case '"', '\'', '(', '[', ':', '-':
		return true
	}
	return false
}

func (p *parser) lower(i int) string { return strings.ToLower(p.text[p.toks[i].s:p.toks[i].e]) }

// candidate reports whether a quantity may start at token i.
func (p *parser) candidate(i int) bool {
	t := &p.toks[i]
	if t.kind == tNum {
		return true
	}
	e := t.ent
	return e != nil && (e.num != nil || e.vague != nil || len(e.starts) > 0)
}

// matchPhrase returns the longest phrase starting at token i accepted by ok,
// and the index after it. Symbols in a phrase and the words after them must
// be joined ("60-odd", "US$").
func (p *parser) matchPhrase(i int, ok func(*phrase) bool) (*phrase, int) {
	e := p.ent(i)
	if e == nil {
		return nil, i
	}
next:
	for _, ph := range e.starts {
		if !ok(ph) || i+len(ph.words) > len(p.toks) {
			continue
		}
		for m, w := range ph.words {
			if p.toks[i+m].ent != w {
				continue next
			}
			if m > 0 && (p.toks[i+m].kind == tSym || p.toks[i+m-1].kind == tSym) && !p.joined(i+m) {
				continue next
			}
		}
		if ph.cur != nil && ph.cur.isCode && !p.allUpper(i) {
			continue
		}
		return ph, i + len(ph.words)
	}
	return nil, i
}

func (p *parser) allUpper(i int) bool {
	w := p.text[p.toks[i].s:p.toks[i].e]
	for j := 0; j < len(w); j++ {
		if w[j] >= 'a' && w[j] <= 'z' {
			return false
		}
	}
	return true
}

func (p *parser) matchQual(i int, post bool) (*qualifier, int) {
	ph, n := p.matchPhrase(i, func(ph *phrase) bool { return ph.qual != nil && ph.qual.post == post })
	if ph == nil {
		return nil, i
	}
	if post && ph.words[0].key != "-" && ph.words[0].key != "+" && p.joined(i) {
		return nil, i
	}
	return ph.qual, n
}

// matchCurPrefix matches a currency written before digits ("$", "US$", "€",
// "USD").
func (p *parser) matchCurPrefix(i int) (*currency, int) {
	ph, n := p.matchPhrase(i, func(ph *phrase) bool { return ph.cur != nil && ph.cur.prefix })
	if ph == nil || p.kind(n) != tNum {
		return nil, i
	}
	return ph.cur, n
}

// matchCurSuffix matches a currency written after the number ("euros", "US
// dollars", "€"); scaled says whether the number had a scale word.
func (p *parser) matchCurSuffix(i int, scaled bool) (*currency, int) {
	ph, n := p.matchPhrase(i, func(ph *phrase) bool { return ph.cur != nil && ph.cur.suffix })
	if ph == nil || (ph.cur.scaled && !scaled) {
		return nil, i
	}
	return ph.cur, n
}

// skipJoined returns the index after a chain of tokens joined to token i.
func (p *parser) skipJoined(i int) int {
	i++
	for i < len(p.toks) && p.joined(i) {
		i++
	}
	return i
}

// isAMPM reports whether tokens from i spell "a.m." or "p.m." (or "am", "pm",
// which words.txt lists as time words).
func (p *parser) isAMPM(i int) bool {
	if p.has(i, cTime) {
		return true
	}
	return (p.is(i, entAM) || p.is(i, entPM)) && p.is(i+1, entDot) && p.joined(i+1) && p.is(i+2, entM) && p.joined(i+2)
}

// isMonth reports whether token i is a capitalized month name.
func (p *parser) isMonth(i int) bool {
	return p.has(i, cMonth) && p.toks[i].kind == tWord && p.toks[i].upper
}

// number reads one number at token j. cur is the currency already read before
// it, if any (it licenses "$5m" and the decimal comma of "€1,2"). When no
// number is there, skip is where scanning should resume: past a date, time,
// phone number or identifier, so that its parts are not read as quantities.
func (p *parser) number(j int, cur *currency) (n num, skip int, ok bool) {
	if j >= len(p.toks) {
		return n, j, false
	}
	t := &p.toks[j]
	switch {
	case t.kind == tNum:
		return p.digits(j, cur)
	case t.ent == nil:
		return n, j + 1, false
	case t.ent.vague != nil:
		return p.vague(j)
	default:
		return p.words(j)
	}
}

func (p *parser) digits(j int, cur *currency) (n num, skip int, ok bool) {
	t := &p.toks[j]
	nt := len(p.toks)
	// What is joined before the digits makes them part of something else.
	if p.joined(j) {
		switch p.ent(j - 1) {
		case entDash:
			if k := p.kind(j - 2); (k == tWord || k == tMixed) && p.joined(j-1) {
				return n, p.skipJoined(j), false // "F-16", "COVID-19"
			}
		case entSlash, entPlus, entHash, entApos, entDot, entColon:
			return n, p.skipJoined(j), false // "24/7", "+44", "#3", "'90s", "1.2.3", "10:30"
		}
		if p.toks[j-1].kind == tWord || p.toks[j-1].kind == tMixed {
			return n, p.skipJoined(j), false
		}
	}
	// "I-75", "I - 75" (tokenized text): a short capitalized code and a hyphen
	if p.is(j-1, entDash) && p.kind(j-2) == tWord && p.toks[j-2].upper && p.toks[j-2].e-p.toks[j-2].s <= 3 && p.allUpper(j-2) {
		return n, p.skipJoined(j), false
	}
	// Phone numbers: "0845 125 2222", "877 268 9324": a leading zero or three
	// numbers in a row.
	if p.kind(j+1) == tNum && !t.grouped && t.frac == 0 && (t.lead0 || (p.kind(j+2) == tNum && !p.toks[j+1].grouped)) {
		k := j + 1
		for p.kind(k) == tNum || (p.is(k, entDash) && p.kind(k+1) == tNum) {
			k++
		}
		return n, k, false
	}
	// A month before: "January 28", "Jan. 28, 2015".
	if p.isMonth(j-1) || (p.is(j-1, entDot) && p.joined(j-1) && p.isMonth(j-2)) {
		k := j + 1
		if p.is(k, entComma) && p.kind(k+1) == tNum && p.toks[k+1].nint == 4 {
			k += 2
		}
		return n, k, false
	}
	// A phone number: "(212) 555-1234".
	if p.is(j-1, entParen) && t.nint == 3 && p.is(j+1, entParenClose) && p.kind(j+2) == tNum {
		return n, p.skipJoined(j + 2), false
	}
	k := j + 1
	if k < nt && p.joined(k) {
		e := p.toks[k].ent
		switch {
		case e == entColon || e == entSlash || e == entApos || e == entS || e == entDot:
			if e != entDot || p.kind(k+1) == tNum {
				return n, p.skipJoined(j), false // "10:30", "9/11", "1990's", "1990s", "1.2.3"
			}
		case e == entDash && p.kind(k+1) == tNum && p.joined(k+1):
			nx := &p.toks[k+1]
			if (t.nint == 3 && nx.nint == 4) || t.lead0 || nx.lead0 || (p.is(k+2, entDash) && p.kind(k+3) == tNum && p.joined(k+2)) {
				return n, p.skipJoined(j), false // "555-1234", "1-800-555-0199"
			}
		case e == entComma && p.kind(k+1) == tNum && p.joined(k+1):
			// "€1,2 million": a decimal comma, only where a euro or a scale
			// word says so.
			nx := &p.toks[k+1]
			if !t.grouped && t.frac == 0 && !nx.grouped && nx.frac == 0 && nx.nint <= 2 {
				se := p.ent(k + 2)
				euro := cur != nil && cur.code == "EUR"
				if c, _ := p.matchCurSuffix(k+2, true); c != nil && c.code == "EUR" {
					euro = true
				}
				if euro || (se != nil && se.scale != nil && !se.scale.joinedMoney) {
					n.start, n.end, n.digits = j, k+2, t
					n.val = (t.mant*pow10(nx.nint) + nx.mant) / pow10(nx.nint)
					return p.scale(n, cur)
				}
			}
		case p.toks[k].kind == tWord && p.isAMPM(k):
			return n, k + 1, false // "5pm"
		case p.toks[k].kind == tWord && e != nil && e.class&cOrdinal != 0:
			return n, k + 1, false // "3rd"
		}
	}
	if p.isAMPM(k) {
		return n, k + 1, false // "5 pm", "10 GMT"
	}
	// military time: "at 1230 hours" (a count would be written "1,230")
	if t.nint == 4 && !t.grouped && t.frac == 0 && int(t.mant)/100 < 24 && int(t.mant)%100 < 60 && p.ent(k) != nil && (p.ent(k).key == "hours" || p.ent(k).key == "hrs") {
		return n, k + 1, false
	}
	if p.isMonth(k) && t.frac == 0 && t.nint <= 2 {
		return n, k + 1, false // "28 January"
	}
	n.start, n.end, n.digits, n.val = j, k, t, t.value()
	return p.scale(n, cur)
}

// scale reads a scale word after digits: "1.2 million", "5bn", "$5m".
func (p *parser) scale(n num, cur *currency) (num, int, bool) {
	k := n.end
	if p.is(k, entDash) && p.joined(k) && p.joined(k+1) && p.ent(k+1) != nil && p.ent(k+1).scale != nil && !p.ent(k+1).scale.joinedMoney {
		k++ // "$5.4-billion"
	}
	e := p.ent(k)
	if e == nil || e.scale == nil || p.toks[k].kind != tWord {
		if p.joined(k) && p.toks[k].kind == tWord && (e == nil || e.unit == nil) {
			return n, k + 1, false // "3D", "4G", "5x": not a quantity we can read
		}
		return n, k, true
	}
	if e.scale.joinedMoney {
		if !p.joined(k) {
			return n, k, true
		}
		if c, _ := p.matchCurSuffix(k+1, true); cur == nil && c == nil {
			if e.unit == nil {
				return n, k + 1, false // "5m", "20k" without a currency: metres? thousands?
			}
			return n, k, true
		}
	}
	n.mult = e.scale.mult
	if t := n.digits; t != nil && n.end == n.start+1 {
		n.val = t.mant * n.mult / pow10(t.frac)
	} else {
		n.val *= n.mult
	}
	n.end = k + 1
	return n, n.end, true
}

// words reads a number in words: "five", "twenty-six", "a dozen", "three
// hundred and twenty", "two million".
func (p *parser) words(j int) (n num, skip int, ok bool) {
	k := j
	var total, cur float64
	hasA := false
	if (p.is(k, entA) || p.is(k, entAn)) && p.ent(k+1) != nil && p.ent(k+1).num != nil {
		switch p.ent(k + 1).num.class {
		case nHundred, nScale, nDozen:
			hasA, cur = true, 1
			k++
		}
	}
	var last uint8
	for k < len(p.toks) {
		e := p.toks[k].ent
		if e == nil || e.num == nil || p.toks[k].kind != tWord {
			break
		}
		v := e.num.value
		switch e.num.class {
		case nUnit:
			if last == nUnit || (last == nTen && math.Mod(cur, 10) != 0) {
				goto done
			}
			cur += v
		case nTen:
			if last == nUnit || last == nTen {
				goto done
			}
			cur += v
		case nHundred:
			if last == nHundred || (last == 0 && !hasA) {
				goto done
			}
			cur *= v
		case nScale:
			if last == 0 && !hasA {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * v
			cur = 0
		case nDozen:
			if last == nDozen || (last == 0 && !hasA) {
				goto done
			}
			if cur == 0 {
				cur = 1
			}
			cur *= v
		}
		last = e.num.class
		k++
		// "twenty-six"; "three hundred and five"
		if last == nTen && p.is(k, entDash) && p.joined(k) && p.joined(k+1) && p.ent(k+1) != nil && p.ent(k+1).num != nil && p.ent(k+1).num.class == nUnit {
			k++
		} else if (last == nHundred || last == nScale) && p.is(k, entAnd) && p.ent(k+1) != nil && p.ent(k+1).num != nil &&
			(p.ent(k+1).num.class == nUnit || p.ent(k+1).num.class == nTen) {
			k++
		}
	}
done:
	if last == 0 {
		return n, j + 1, false
	}
	// "two-thirds", "two thirds": a fraction, not a count.
	if p.has(k, cFraction) || (p.is(k, entDash) && p.joined(k) && p.has(k+1, cFraction)) {
		return n, k + 1, false
	}
	n.start, n.end, n.val = j, k, total+cur
	n.one = k == j+1 && p.toks[j].ent == entOne
	n.capWord = p.toks[j].upper && !p.sentenceInitial(j)
	if last == nScale {
		n.mult = 1 // a scale word was written: the amount is rounded
	}
	return n, k, true
}

// vague reads "dozens", "hundreds of thousands", "tens of millions".
func (p *parser) vague(j int) (n num, skip int, ok bool) {
	v := p.toks[j].ent.vague
	n.start, n.end, n.lo, n.hi, n.vague = j, j+1, v.lo, v.hi, true
	n.vagueName = p.toks[j].ent.key
	if p.is(j+1, entOf) && p.ent(j+2) != nil && p.ent(j+2).vague != nil && p.ent(j+2).vague.unit >= 1000 {
		w := p.ent(j + 2)
		n.lo, n.hi = v.lo*w.vague.unit, v.hi*w.vague.unit
		n.vagueName += " of " + w.key
		n.end = j + 3
	} else if v.unit < 12 {
		return n, j + 1, false // "tens" alone
	}
	n.capWord = p.toks[j].upper && !p.sentenceInitial(j)
	n.val = n.lo
	return n, n.end, true
}

// suffix reads a percent sign or word, or a currency after the number. When
// the kind is already known (the second end of "10% to 20%", "5 euros to 10
// euros") only a matching suffix is consumed.
func (p *parser) suffix(k int, n *num, kind, unit string) (int, string, string) {
	sk, su, m := "", "", k
	switch e := p.ent(k); {
	case e == nil:
	case e == entPercentSign, e == entPercent, e == entPct:
		sk, su, m = KindPercent, "percent", k+1
	case e == entPer && p.is(k+1, entCent):
		sk, su, m = KindPercent, "percent", k+2
	case e == entPercentage && (p.is(k+1, entPoints) || p.is(k+1, entPoint)):
		sk, su, m = KindPercent, "percentage point", k+2
	}
	if sk == "" {
		of := k
		if n.vague && p.is(k, entOf) {
			of = k + 1 // "millions of dollars"
		}
		if c, e := p.matchCurSuffix(of, n.mult != 0 || n.vague); c != nil {
			sk, su, m = KindMoney, c.code, e
		}
	}
	switch {
	case sk == "":
		return k, kind, unit
	case kind == KindCount:
		return m, sk, su
	case kind == sk && unit == su:
		return m, kind, unit
	}
	return k, kind, unit
}

// unitAt reads the counted noun after a number at token k: "20 counts", "50
// people", "three young children", "a 10-year sentence", "31 were injured".
// It returns the unit, the index after it, whether the lexicon knew the noun,
// whether it made an age ("33-year-old"), and reject when the words after the
// number show it is no quantity.
func (p *parser) unitAt(k int, n *num) (unit string, end int, lex, age, reject bool) {
	// compounds: "33-year-old", "10-year", "6.1-magnitude"; tokenized text
	// spaces the hyphens ("26 - year - old"), which is read only for ages and
	// known singular nouns ("a 90 - day stay").
	if p.is(k, entDash) && p.kind(k+1) == tWord {
		joined := p.joined(k) && p.joined(k+1)
		spaced := !p.joined(k) && !p.joined(k+1)
		w := p.ent(k + 1)
		if joined && w != nil && w.class&cFraction != 0 {
			return "", k, false, false, true
		}
		if au, isAge := ageUnits[w]; isAge && w != nil && p.is(k+2, entDash) && p.is(k+3, entOld) &&
			((joined && p.joined(k+2) && p.joined(k+3)) || (spaced && !p.joined(k+2) && !p.joined(k+3))) {
			return au, k + 4, true, true, false
		}
		if (joined || spaced) && w != nil && w.unit != nil && !(spaced && strings.HasSuffix(w.key, "s")) {
			return w.unit.lemma, k + 2, true, false, false
		}
		if lw := p.lower(k + 1); joined && !p.toks[k+1].upper && len(lw) >= 2 && (w == nil || w.class&(cStop|cTime|cMonth) == 0) && !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "s") {
			return genericLemma(lw), k + 2, false, false, false
		}
		return "", k, false, false, false
	}
	// "33 years old"
	if au, isAge := ageUnits[p.ent(k)]; isAge && p.is(k+1, entOld) {
		return au, k + 2, true, true, false
	}
	if n.vague && p.is(k, entOf) {
		k++ // "thousands of people"
	}
	if ph, m := p.matchPhrase(k, func(ph *phrase) bool { return ph.unit != nil }); ph != nil {
		return ph.unit.lemma, m, true, false, false
	}
	if e := p.ent(k); e != nil && e.unit != nil && p.kind(k) == tWord {
		return e.unit.lemma, k + 1, true, false, false
	}
	// modifiers before a known noun: "31 more people", "20 criminal counts",
	// "five Israeli soldiers"
	for a := k; a < k+2 && p.kind(a) == tWord; a++ {
		e := p.ent(a)
		if e != nil && (e.class&(cStop|cTime|cMonth|cScore|cDet) != 0 || e.num != nil || e.unit != nil) {
			break
		}
		if e := p.ent(a + 1); e != nil && e.unit != nil && p.kind(a+1) == tWord {
			return e.unit.lemma, a + 2, true, false, false
		}
	}
	// lowercase modifiers before any plural noun: "13 loaded magazines",
	// "seven life sentences"
	if !n.one && n.val != 1 {
		for a := k; a < k+2 && p.kind(a) == tWord && !p.toks[a].upper; a++ {
			e := p.ent(a)
			if e != nil && (e.class&(cStop|cTime|cMonth|cScore|cDet|cChange) != 0 || e.num != nil) {
				break
			}
			if strings.HasSuffix(p.lower(a), "s") {
				break
			}
			if p.kind(a+1) == tWord && !p.toks[a+1].upper {
				e := p.ent(a + 1)
				if e == nil || e.class&(cStop|cTime|cMonth|cAdj|cDet|cChange) == 0 {
					if lw := p.lower(a + 1); looksPlural(lw) {
						return genericLemma(lw), a + 2, false, false, false
					}
				}
			}
		}
	}
	// "three were injured", "31 were reportedly killed"
	if be := p.ent(k); be == entWere || be == entWas || be == entAre || be == entIs || be == entHave || be == entHas || be == entHad {
		m := k + 1
		if p.is(m, entBeen) {
			m++
		}
		if e := p.ent(m); e != nil && (e.key == "reportedly" || e.key == "also" || e.key == "all" || e.key == "later" || e.key == "confirmed") {
			m++
		}
		if e := p.ent(m); e != nil && e.unit != nil && e.unit.state {
			return e.unit.lemma, m + 1, true, false, false
		}
	}
	// any plural-looking noun: "12 lawsuits"
	if p.kind(k) == tWord && !p.toks[k].upper && !n.one && n.val != 1 {
		e := p.ent(k)
		if e == nil || e.class&(cStop|cTime|cMonth|cAdj|cDet|cChange) == 0 {
			if lw := p.lower(k); looksPlural(lw) {
				return genericLemma(lw), k + 1, false, false, false
			}
		}
	}
	return "", k, false, false, false
}

// looksPlural reports whether a lowercase word looks like a plural noun: it
// ends in -s but not in the -ss, -us, -is, -ous of singulars and adjectives.
func looksPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "'s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return true
}

// genericLemma singularizes a regular English plural.
func genericLemma(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// rangeSep reads the word or hyphen joining the two ends of a range or tally
// at token k.
func (p *parser) rangeSep(k int, qual *qualifier, first *num) string {
	switch e := p.ent(k); {
	case e == entDash && p.joined(k) && p.joined(k+1):
		return "-"
	case e == entDash && !p.joined(k) && !p.joined(k+1) && p.kind(k+1) == tNum:
		return "- " // spaced: a tally only where a cue word says so ("a 17 - 14 victory")
	case e == entTo:
		return "to"
	case e == entAnd && qual != nil && qual.bound == Range:
		return "and"
	case e == entOr && first.digits == nil == (p.kind(k+1) != tNum):
		return "or" // "two or three", "10 or 12", not "one or 20"
	}
	return ""
}

// rangeNoun reports whether token k is a counted noun that makes an
// ascending pair a range even near a tally word: "won 5-10 seats".
func (p *parser) rangeNoun(k int) bool {
	e := p.ent(k)
	return e != nil && e.unit != nil && e.class&cScore == 0
}

// nearScoreCue reports whether a word that makes "X-Y" a tally ("vote",
// "won") is within a few tokens of [i, k), or whether the pair stands in
// parentheses after a name, as records do: "the Sixers (9-14)".
func (p *parser) nearScoreCue(i, k int) bool {
	if p.is(i-1, entParen) && (p.is(k, entParenClose) || p.is(k, entComma)) && p.kind(i-2) == tWord && p.toks[i-2].upper {
		return true
	}
	for m := i - 4; m < k+3; m++ {
		if m >= 0 && m < len(p.toks) && (m < i || m >= k) && p.has(m, cScore) {
			return true
		}
	}
	return false
}

// parse reads a quantity starting at token i. It returns the index where
// scanning resumes, and ok when a quantity was read.
func (p *parser) parse(i int) (Quantity, int, bool) {
	j := i
	qual, j := p.matchQual(j, false)
	cur, j2 := p.matchCurPrefix(j)
	n1, skip, ok := p.number(j2, cur)
	if !ok {
		if j2 > i && skip <= j2 {
			return Quantity{}, i + 1, false
		}
		return Quantity{}, skip, false
	}
	start := i
	kind, unit := KindCount, ""
	if cur != nil {
		kind, unit = KindMoney, cur.code
	}
	k, kind, unit := p.suffix(n1.end, &n1, kind, unit)
	lo, hi := n1.val, n1.val
	if n1.vague {
		lo, hi = n1.lo, n1.hi
	}

	// "60 or more", "60-odd"
	var post *qualifier
	if qual == nil || qual.bound == Range {
		post, k = p.matchQual(k, true)
	}

	// ranges and tallies: "10-20", "10 to 20", "between 10 and 20", "98-96"
	isRange, isScore := false, false
	if post == nil && !n1.vague && (qual == nil || qual.bound == Range || qual.bound == Approx) {
		if sep := p.rangeSep(k, qual, &n1); sep != "" {
			cur2, m := p.matchCurPrefix(k + 1)
			if n2, _, ok2 := p.number(m, cur); ok2 && !n2.vague && (cur2 == nil || cur == nil || cur2.code == cur.code) && (cur2 == nil || kind != KindPercent) {
				kind2, unit2 := kind, unit
				if cur2 != nil && kind == KindCount {
					kind2, unit2 = KindMoney, cur2.code
				}
				// the second end must not name another unit ("2 percentage
				// points to 7.5%"), and after "10 percent to" it must repeat it
				_, ks, us := p.suffix(n2.end, &n2, KindCount, "")
				sfx1 := k > n1.end
				if (ks != KindCount && kind2 != KindCount && (ks != kind2 || us != unit2)) || (sfx1 && sep != "-" && ks == KindCount) {
					goto noRange
				}
				k2, kind2, unit2 := p.suffix(n2.end, &n2, kind2, unit2)
				if n1.yearLike() && (n2.yearLike() || (n2.digits != nil && n2.digits.nint == 2 && sep != "to")) {
					return Quantity{}, k2, false // "1998-2001", "2015-16"
				}
				v1 := n1.val
				if n1.mult == 0 && n2.mult > 1 && v1*n2.mult <= n2.val {
					v1 *= n2.mult // "$5-10 million"
				}
				switch {
				case sep == "to" && p.is(start-1, entFrom) && (p.has(start-2, cChange) || p.has(start-3, cChange) || p.has(start-4, cChange)):
					// "rose from 10 to 20 percent": two values; the unit of the
					// second applies to the first.
					kind, unit = kind2, unit2
				case sep == "- " && !(kind2 == KindCount && n1.integer() && n2.integer() && n1.mult == 0 && n2.mult == 0 && p.nearScoreCue(start, k2)):
				case (sep == "-" || sep == "- " || sep == "to") && kind2 == KindCount && n1.digits != nil && n2.digits != nil && n1.integer() && n2.integer() && n1.mult == 0 && n2.mult == 0 &&
					(n2.val <= v1 || (p.nearScoreCue(start, k2) && !p.rangeNoun(k2))):
					isScore, lo, hi, k, kind, unit = true, v1, n2.val, k2, KindScore, ""
				case n2.val >= v1:
					isRange, lo, hi, k, kind, unit = true, v1, n2.val, k2, kind2, unit2
				}
			}
		}
	}
noRange:
	if qual != nil && qual.bound == Range && !isRange {
		qual, start = nil, j // "between" without "and"
	}
	if post == nil && !isRange && !isScore && (qual == nil || qual.bound == Range) {
		post, k = p.matchQual(k, true) // "10 percent or more"
	}

	// the counted noun
	var lex, age bool
	if kind == KindCount || kind == KindScore {
		var u string
		var end int
		var reject bool
		nu := n1
		if isRange {
			nu.one, nu.val = false, hi // "one or two jurors"
		}
		u, end, lex, age, reject = p.unitAt(k, &nu)
		if reject {
			return Quantity{}, end + 1, false
		}
		if u != "" && (kind == KindCount || lex) {
			// a year before a singular or capitalized noun is a date: "a
			// 2012 car crash", "the 2005 Tony Awards"
			if n1.yearLike() && !isRange {
				e := p.ent(end - 1)
				plural := e != nil && e.unit != nil && (e.key != e.unit.lemma || e.unit.state)
				for m := k; m < end; m++ {
					if p.toks[m].upper {
						plural = false
					}
				}
				if !plural {
					lex = false
				}
			}
			unit, k = u, end
		}
		if age {
			kind = KindAge
		}
	}

	// "20 minutes or so", "10 people or more"
	if post == nil && qual == nil && !isScore && unit != "" && !p.is(k, entDash) && !p.is(k, entPlus) {
		post, k = p.matchQual(k, true)
	}
	// a unit written before the number: "magnitude 7.6"
	if kind == KindCount && unit == "" && qual == nil && j2 == start && j2-1 >= p.floor && p.ent(j2-1) != nil && p.ent(j2-1).unit != nil && p.ent(j2-1).unit.before {
		unit, start = p.ent(j2-1).unit.lemma, j2-1
	}
	bare := kind == KindCount && unit == "" && qual == nil && post == nil && !isRange && !n1.vague && n1.mult == 0
	// "one" as a pronoun: "no one", "the one who", "one of the"
	if n1.one && !isRange && (unit == "" || p.has(j2-1, cDet)) {
		return Quantity{}, k, false
	}
	if n1.capWord && !lex && !isRange {
		return Quantity{}, k, false // "Ocean's Eleven", "Three Kings"
	}
	if n1.yearLike() && cur == nil && (kind == KindCount || kind == KindMoney) && !isRange && !lex && (qual == nil || qual.temporal) && post == nil {
		return Quantity{}, k, false // "in 2015", "the 2015 elections"
	}
	if cur == nil && qual == nil {
		b := j2 - 1
		if p.is(b, entDot) && p.joined(b) {
			b--
		}
		if p.has(b, cID) && p.kind(b) == tWord {
			return Quantity{}, k, false // "Flight 370", "No. 5", "page 3"
		}
		if bare && (p.kind(j2-1) == tMixed || (p.kind(j2-1) == tWord && p.toks[j2-1].upper &&
			!(p.sentenceInitial(j2-1) && p.ent(j2-1) != nil && p.ent(j2-1).class&(cPre|cStop|cDet) != 0))) {
			return Quantity{}, k, false // "Boeing 737", "Apollo 11"
		}
	}
	if bare && n1.digits != nil && n1.digits.lead0 {
		return Quantity{}, k, false // "007"
	}
	// an age after dying or ageing: "died at 91", "aged 33", "turns 29"
	if bare && n1.integer() && n1.val >= 1 && n1.val <= 120 && ((p.is(j2-1, entAt) && p.has(j2-2, cAge)) || p.has(j2-1, cAgeNext)) {
		kind, unit = KindAge, "year"
	}
	// an age after a name: "Reid, 33, said", "Reid (33)"
	if bare && n1.digits != nil && n1.integer() && n1.val >= 1 && n1.val <= 120 && p.kind(j2-2) == tWord && p.toks[j2-2].upper {
		if (p.is(j2-1, entComma) && (k == len(p.toks) || p.is(k, entComma) || p.is(k, entDot) || p.is(k, entParenClose) || p.is(k, entSemi))) ||
			(p.is(j2-1, entParen) && p.is(k, entParenClose)) {
			kind, unit = KindAge, "year"
		}
	}

	q := Quantity{
		Start: p.toks[start].s,
		End:   p.toks[k-1].e,
		Value: lo,
		Max:   hi,
		Unit:  unit,
		Kind:  kind,
		Bound: Exact,
	}
	q.Text = p.text[q.Start:q.End]
	switch {
	case isScore:
	case isRange || n1.vague:
		q.Bound = Range
	case qual != nil:
		q.Bound = qual.bound
	case post != nil:
		q.Bound = post.bound
	}
	switch {
	case qual != nil:
		q.Qualifier = qual.phrase
	case post != nil:
		q.Qualifier = post.phrase
	case n1.vague:
		q.Qualifier = n1.vagueName
	}
	return q, k, true
}
