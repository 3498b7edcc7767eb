// Package quantity finds quantities in news text — counts, money, percentages,
// ranges and tallies, with their unit and qualifier — and compares two of them
// the way an editor would: "$1.2 million" and "about $1 million" agree, "31
// injured" and "13 injured" conflict, "more than 60" and "75" agree.
//
// Find is a hand-written scanner over one sentence: it tokenizes once and
// consults lexicons embedded from data/ (number words, scales, currencies,
// qualifiers, counted nouns, context words). It uses no regular expressions
// and allocates little, because it runs on every sentence of every article.
//
// What is not a quantity is left out: years ("in 1998"), dates ("January
// 28"), clock times ("5 p.m.", "10:30"), phone numbers, ordinals ("3rd"),
// identifiers ("Flight 370", "G20", "F-16") and "one" as a pronoun ("no one",
// "one of the"). An age after a name ("Reid, 33,") is reported as Kind "age".
package quantity

import (
	"sync"
	"unicode/utf8"
)

// tokPool recycles token buffers: Find runs on every sentence and a
// sentence's tokens are dropped when it returns.
var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 128); return &s }}

// Bound says how a quantity's value constrains the real amount.
type Bound string

const (
	Exact  Bound = "exact"  // "31 people"
	Approx Bound = "approx" // "about 50", "some 2,000", "60 or so"
	Lower  Bound = "lower"  // "more than 60", "at least 5", "60 or more"
	Upper  Bound = "upper"  // "less than 10", "up to 20", "nearly 100"
	Range  Bound = "range"  // "10-20", "between 10 and 20", "hundreds of"
)

// Kinds of quantity.
const (
	KindCount   = "count"   // a cardinal, with or without a counted noun
	KindMoney   = "money"   // Unit is an ISO 4217 code
	KindPercent = "percent" // Unit is "percent" or "percentage point"
	KindScore   = "score"   // a tally "98-96": Value and Max are the pair, in text order
	KindAge     = "age"     // "Reid, 33," and "a 33-year-old"
)

// Quantity is one quantity found in a text.
type Quantity struct {
	// Start and End are byte offsets into the text given to Find, spanning
	// the whole expression: qualifier, currency, number, scale and unit.
	Start, End int
	Text       string
	// Value is the normalized value ("1.2 million" is 1200000). For a range
	// it is the low end; for a score the first number.
	Value float64
	// Max is the high end of a range, the second number of a score, and
	// equal to Value otherwise.
	Max float64
	// Unit is "USD", "EUR"... for money, "percent" or "percentage point" for
	// percentages, the lemma of the counted noun for counts ("person",
	// "injured", "year", "count"), and "" for a bare number.
	Unit  string
	Kind  string
	Bound Bound
	// Qualifier is the qualifier as normalized in data/qualifiers.txt ("more
	// than", "about", "or more"), or the vague word of a vague amount
	// ("hundreds"); "" when there is none.
	Qualifier string
}

// Find returns the quantities of text[start:end] (usually one sentence), in
// text order, with offsets into text. Out-of-range or inverted bounds are
// clamped; bounds inside a UTF-8 sequence are moved to the next rune start.
// It never panics, whatever the input.
func Find(text string, start, end int) []Quantity {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	if start >= end {
		return nil
	}
	bp := tokPool.Get().(*[]token)
	p := parser{text: text, toks: tokenize(text, start, end, (*bp)[:0])}
	defer func() {
		if cap(p.toks) <= 4096 {
			*bp = p.toks[:0]
			tokPool.Put(bp)
		}
	}()
	var out []Quantity
	for i := 0; i < len(p.toks); {
		if !p.candidate(i) {
			i++
			continue
		}
		q, next, ok := p.parse(i)
		if ok {
			out = append(out, q)
			p.floor = next
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}
