package quantity

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
)

// The lexicons are data, not code: adding a currency, a qualifier or a counted
// noun is a one-line change in data/. Every file is parsed once at init; a
// malformed line is a programming error and panics with its file and line.
//
//go:embed data/*.txt
var dataFS embed.FS

// class is a bit set of the roles a word plays as context (data/words.txt).
type class uint16

const (
	cMonth    class = 1 << iota // "January": digits next to it are a date
	cTime                       // "pm", "GMT": digits before it are a clock time
	cOrdinal                    // "st", "nd": joined to digits, an ordinal
	cScore                      // "vote", "won": "X-Y" near it is a tally
	cID                         // "Flight", "No": a number after it is a name
	cChange                     // "rose": "from X to Y" is two values
	cDet                        // "no", "the": "one" after it is a pronoun
	cStop                       // never a counted noun
	cFraction                   // "thirds": "two-thirds" is a fraction
	cAdj                        // may stand between a number and its noun
	cPre                        // may stand before a number ("Only 5 ...")
	cAge                        // "died at 91": "at N" after it is an age
	cAgeNext                    // "aged 33": the number after it is an age
)

var classNames = map[string]class{
	"month": cMonth, "time": cTime, "ordinal": cOrdinal, "score": cScore,
	"id": cID, "change": cChange, "det": cDet, "stop": cStop,
	"fraction": cFraction, "adj": cAdj, "pre": cPre, "age": cAge, "agenext": cAgeNext,
}

// Number word classes (data/numbers.txt).
const (
	nUnit uint8 = iota + 1
	nTen
	nHundred
	nScale
	nDozen
)

type numWord struct {
	value float64
	class uint8
}

type scaleWord struct {
	mult        float64
	joinedMoney bool // only joined to digits and only with a currency ("$5m")
}

type vagueWord struct{ unit, lo, hi float64 }

type currency struct {
	code           string
	isCode         bool // an ISO code written as a word: only in capitals ("USD 5")
	prefix, suffix bool
	scaled         bool // a currency only after a scale word ("5 million pounds")
}

type qualifier struct {
	phrase   string // normalized, as in the data file
	bound    Bound
	strict   bool
	near     bool
	post     bool
	temporal bool // also a temporal preposition: "around 2015" stays a year
}

type unitWord struct {
	lemma  string
	state  bool // may follow "were": "three were injured"
	before bool // may come before the number: "magnitude 7.6"
}

// phrase is a multi-token lexicon entry, matched token by token by entry
// identity (every phrase word has an entry).
type phrase struct {
	words []*entry
	qual  *qualifier
	cur   *currency
	unit  *unitWord
}

// entry is everything the lexicons say about one lowercased word or symbol.
type entry struct {
	key    string
	class  class
	num    *numWord
	scale  *scaleWord
	vague  *vagueWord
	unit   *unitWord
	starts []*phrase // phrases whose first word is this one, longest first
}

var lexicon = map[string]*entry{}

// qualByPhrase finds a qualifier by its normalized phrase (Quantity.Qualifier),
// for Compare to recover strictness.
var qualByPhrase = map[string]*qualifier{}

func lookupEntry(key string) *entry {
	e := lexicon[key]
	if e == nil {
		e = &entry{key: key}
		lexicon[key] = e
	}
	return e
}

// dataLines returns the fields of the non-empty, non-comment lines of a data
// file, split on "|" and trimmed.
func dataLines(name string, minFields int) [][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("quantity: %v", err))
	}
	var out [][]string
	for n, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < minFields || f[0] == "" {
			panic(fmt.Sprintf("quantity: data/%s:%d: want %d fields separated by |: %q", name, n+1, minFields, l))
		}
		out = append(out, f)
	}
	return out
}

func mustFloat(name, s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(fmt.Sprintf("quantity: data/%s: bad number %q", name, s))
	}
	return v
}

// phraseWords splits a lexicon phrase into the entries of its tokens: words
// are split on spaces, and a "$" joined to a word ("us$") is its own token, as
// the tokenizer sees it.
func phraseWords(s string) []*entry {
	var out []*entry
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if len(w) > 1 && strings.HasSuffix(w, "$") {
			out = append(out, lookupEntry(w[:len(w)-1]), lookupEntry("$"))
			continue
		}
		out = append(out, lookupEntry(w))
	}
	return out
}

func addPhrase(p *phrase) {
	first := p.words[0]
	first.starts = append(first.starts, p)
	// longest first, so that matching can stop at the first hit
	for i := len(first.starts) - 1; i > 0 && len(first.starts[i].words) > len(first.starts[i-1].words); i-- {
		first.starts[i], first.starts[i-1] = first.starts[i-1], first.starts[i]
	}
}

func init() {
	for _, f := range dataLines("numbers.txt", 3) {
		cl := map[string]uint8{"unit": nUnit, "ten": nTen, "hundred": nHundred, "scale": nScale, "dozen": nDozen}[f[2]]
		if cl == 0 {
			panic(fmt.Sprintf("quantity: data/numbers.txt: bad class %q", f[2]))
		}
		lookupEntry(f[0]).num = &numWord{value: mustFloat("numbers.txt", f[1]), class: cl}
	}
	for _, f := range dataLines("scales.txt", 3) {
		lookupEntry(f[0]).scale = &scaleWord{mult: mustFloat("scales.txt", f[1]), joinedMoney: f[2] == "joined-money"}
	}
	for _, f := range dataLines("vague.txt", 4) {
		lookupEntry(f[0]).vague = &vagueWord{unit: mustFloat("vague.txt", f[1]), lo: mustFloat("vague.txt", f[2]), hi: mustFloat("vague.txt", f[3])}
	}
	for _, f := range dataLines("currencies.txt", 3) {
		c := &currency{code: f[1], isCode: len(f[0]) == 3 && isASCIILetter(f[0][0]) && isASCIILetter(f[0][1]) && isASCIILetter(f[0][2])}
		switch f[2] {
		case "prefix":
			c.prefix = true
		case "suffix":
			c.suffix = true
		case "both":
			c.prefix, c.suffix = true, true
		case "suffix-scaled":
			c.suffix, c.scaled = true, true
		default:
			panic(fmt.Sprintf("quantity: data/currencies.txt: bad position %q", f[2]))
		}
		addPhrase(&phrase{words: phraseWords(f[0]), cur: c})
	}
	for _, f := range dataLines("qualifiers.txt", 2) {
		q := &qualifier{phrase: f[0], bound: Bound(f[1])}
		switch q.bound {
		case Approx, Lower, Upper, Range:
		default:
			panic(fmt.Sprintf("quantity: data/qualifiers.txt: bad bound %q", f[1]))
		}
		if len(f) > 2 {
			for _, fl := range strings.Fields(f[2]) {
				switch fl {
				case "strict":
					q.strict = true
				case "near":
					q.near = true
				case "post":
					q.post = true
				case "temporal":
					q.temporal = true
				default:
					panic(fmt.Sprintf("quantity: data/qualifiers.txt: bad flag %q", fl))
				}
			}
		}
		q.phrase = strings.Join(strings.Fields(strings.ReplaceAll(q.phrase, "- ", "-")), " ")
		addPhrase(&phrase{words: phraseWords(f[0]), qual: q})
		qualByPhrase[q.phrase] = q
	}
	for _, f := range dataLines("units.txt", 2) {
		u := &unitWord{lemma: f[1]}
		if len(f) > 2 {
			for _, fl := range strings.Fields(f[2]) {
				switch fl {
				case "state":
					u.state = true
				case "before":
					u.before = true
				default:
					panic(fmt.Sprintf("quantity: data/units.txt: bad flag %q", fl))
				}
			}
		}
		w := phraseWords(f[0])
		if len(w) == 1 {
			w[0].unit = u
			continue
		}
		addPhrase(&phrase{words: w, unit: u})
	}
	for _, f := range dataLines("words.txt", 2) {
		c, ok := classNames[f[1]]
		if !ok {
			panic(fmt.Sprintf("quantity: data/words.txt: bad class %q", f[1]))
		}
		lookupEntry(strings.ToLower(f[0])).class |= c
	}
	entA, entAn = lookupEntry("a"), lookupEntry("an")
	entOf, entAnd, entOr, entTo = lookupEntry("of"), lookupEntry("and"), lookupEntry("or"), lookupEntry("to")
	entFrom, entOne, entAt = lookupEntry("from"), lookupEntry("one"), lookupEntry("at")
	entDash, entPercentSign = lookupEntry("-"), lookupEntry("%")
	entPercent, entPer, entCent, entPct = lookupEntry("percent"), lookupEntry("per"), lookupEntry("cent"), lookupEntry("pct")
	entPercentage, entPoints, entPoint = lookupEntry("percentage"), lookupEntry("points"), lookupEntry("point")
	entYear, entOld, entYears = lookupEntry("year"), lookupEntry("old"), lookupEntry("years")
	entS, entApos, entColon, entSlash, entDot, entComma, entSemi = lookupEntry("s"), lookupEntry("'"), lookupEntry(":"), lookupEntry("/"), lookupEntry("."), lookupEntry(","), lookupEntry(";")
	entPlus, entHash, entParen, entParenClose = lookupEntry("+"), lookupEntry("#"), lookupEntry("("), lookupEntry(")")
	entAM, entPM, entM = lookupEntry("a"), lookupEntry("p"), lookupEntry("m")
	for _, w := range []string{"were", "was", "are", "is", "have", "has", "had", "been", "reportedly", "reported", "confirmed", "later", "also", "all"} {
		lookupEntry(w)
	}
	entWere, entWas, entAre, entIs = lexicon["were"], lexicon["was"], lexicon["are"], lexicon["is"]
	entHave, entHas, entHad, entBeen = lexicon["have"], lexicon["has"], lexicon["had"], lexicon["been"]
	for _, k := range []string{"year", "month", "week", "day"} {
		ageUnits[lookupEntry(k)] = k
		ageUnits[lookupEntry(k+"s")] = k
	}
}

var (
	entA, entAn, entOf, entAnd, entOr, entTo, entFrom, entOne, entAt *entry
	entDash, entPercentSign, entPercent, entPer, entCent, entPct     *entry
	entPercentage, entPoints, entPoint, entYear, entOld, entYears    *entry
	entS, entApos, entColon, entSlash, entDot, entComma, entSemi     *entry
	entPlus, entHash, entParen, entParenClose, entAM, entPM, entM    *entry
	entWere, entWas, entAre, entIs, entHave, entHas, entHad, entBeen *entry
	ageUnits                                                         = map[*entry]string{}
)
