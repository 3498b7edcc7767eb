// Package timex finds temporal expressions in an article, normalizes them to
// TimeML TIMEX3 values with a concrete interval, and infers the article's
// publication date when its metadata does not give one.
//
// It works in three steps. A tokenizer cuts Article.Text into words, numbers
// and punctuation with byte offsets; a grammar over those tokens (lexicons in
// data/*.txt) recognizes expressions and records their meaning relative to
// what they depend on ("Wednesday": a weekday near the publication date in
// the direction of the clause's tense; "later that year": the year the text
// last set); a resolver turns meanings into values against a publication
// date. Because the meaning is kept, Resolve can recompute every value when
// the publication date changes.
package timex

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/corpus"
)

// Interval is a half-open time range [Begin, End). The zero Interval means
// unknown. A zero Begin (or End) with the other set is open on that side
// (PAST_REF ends at publication and has no known start).
type Interval struct {
	Begin, End time.Time
}

// IsZero reports whether the interval is unknown.
func (iv Interval) IsZero() bool { return iv.Begin.IsZero() && iv.End.IsZero() }

// Timex is one temporal expression.
type Timex struct {
	Start, End int // byte offsets into Article.Text
	Sentence   int // index into Article.Sentences, -1 when outside any sentence
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value at the text's grain: "2025-10", "P4M", "PRESENT_REF"
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER
	Interval   Interval
	// Anchor says how the value was obtained: "absolute" (the text says it
	// all), "publication" (relative to the publication date), "previous"
	// (relative to the date the text last set), or "" (not resolved).
	Anchor       string
	Alternatives []string // other readings when the text is ambiguous
	// Tense is the tense of the clause around the expression as it was used
	// to pick a direction: "past", "future" or "" (none found).
	Tense string
	// Point is, for an amount that says when ("about two years ago", "more
	// than a week ago": TimeML types them DURATION with the amount as value),
	// the date it names at the point's grain ("2008", unresolved without a
	// publication date); "" otherwise. A claim
	// dated by such an expression takes this value, not the amount.
	Point string

	sem   sem // the meaning, kept relative so that Resolve can recompute Value
	tense int
}

// Relative reports whether the value depends on the publication date or on
// an earlier expression (and so may change when Resolve is called again).
func (t *Timex) Relative() bool {
	return t.sem.kind == kPoint && t.sem.anchor != anAbs || t.sem.kind == kRef || t.sem.durRel != 0
}

// Published is an article's publication date with where it came from.
type Published struct {
	Value    string // TIMEX3 value at its grain: "2026-01-28", "2026-01", "2025"; "" when unknown
	Interval Interval
	Source   string // "metadata", "text" or "corpus"; "" when unknown
	Evidence string // what supports it, for an editor
}

// Known reports whether anything is known about the date.
func (p Published) Known() bool { return p.Value != "" || !p.Interval.IsZero() }

// Tag finds the temporal expressions of a and returns them with a's
// publication date: from metadata when a.Published is set, else inferred from
// the text.
func Tag(a *corpus.Article) ([]Timex, Published) {
	if a == nil {
		return nil, Published{}
	}
	tx := Find(a)
	var pub Published
	if p, ok := FromMetadata(a); ok {
		pub = p
	} else {
		// resolve what the text fixes by itself, then infer from it
		resolveAll(tx, Published{}, explicitYears(tx))
		pub = Infer(a, tx)
	}
	resolveAll(tx, pub, explicitYears(tx))
	return tx, pub
}

// Resolve re-resolves the relative expressions of tx against pub (used when
// comparison across articles narrows a publication date). It returns a new
// slice; tx is not modified.
func Resolve(a *corpus.Article, tx []Timex, pub Published) []Timex {
	out := make([]Timex, len(tx))
	copy(out, tx)
	for i := range out {
		out[i].Alternatives = append([]string(nil), tx[i].Alternatives...)
	}
	resolveAll(out, pub, explicitYears(out))
	return out
}

// FromMetadata returns the publication date the article's metadata gives.
func FromMetadata(a *corpus.Article) (Published, bool) {
	if a.Published == "" {
		return Published{}, false
	}
	d, ok := parseDay(a.Published)
	if !ok {
		return Published{}, false
	}
	from := a.PublishedFrom
	if from == "" {
		from = "metadata"
	}
	return Published{
		Value:    d.Format("2006-01-02"),
		Interval: Interval{d, d.AddDate(0, 0, 1)},
		Source:   "metadata",
		Evidence: "given by " + from + ": " + a.Published,
	}, true
}

// resolveAll resolves tx in text order against pub.
func resolveAll(tx []Timex, pub Published, years []int) {
	r := newResolver(pub)
	r.years = years
	for i := range tx {
		r.resolve(&tx[i])
	}
}

// explicitYears lists the years the text states outright, sorted.
func explicitYears(tx []Timex) []int {
	var ys []int
	for i := range tx {
		if s := tx[i].sem; s.kind == kPoint && s.anchor == anAbs && s.year != 0 {
			ys = append(ys, s.year)
		}
	}
	sort.Ints(ys)
	return ys
}

// Find recognizes the temporal expressions of a's text (its paragraphs,
// headline and headings; never page furniture or front matter) without
// resolving them. Tag calls it; it is exported for tools that only need
// spans.
func Find(a *corpus.Article) []Timex {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	toks := tokenizeInto(sc.toks, a.Text)
	sc.toks = toks
	if len(toks) == 0 {
		return nil
	}
	allowed := markTokens(a, toks, sc.allowed)
	sc.allowed = allowed
	p := &parser{toks: toks}
	var ms []match
	for i := 0; i < len(toks); {
		if !allowed[i] || !p.canStart(i) {
			i++
			continue
		}
		m, ok := p.matchAt(i)
		if !ok {
			i++
			continue
		}
		// a match may not run into furniture or across blocks
		for k := m.start + 1; k < m.end; k++ {
			if !allowed[k] || toks[k].nl {
				m.end = k
				break
			}
		}
		if m.end <= m.start {
			i++
			continue
		}
		if notTime(p, m) {
			i = m.end
			continue
		}
		ms = append(ms, m)
		i = m.end
	}
	pairWeekdayParens(toks, ms)
	covered := resetBools(sc.covered, len(toks))
	sc.covered = covered
	for _, m := range ms {
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	tx := make([]Timex, 0, len(ms))
	for _, m := range ms {
		start, end := toks[m.start].start, toks[m.end-1].end
		x := Timex{Start: start, End: end, Sentence: max(toks[m.start].sent, -1), Text: a.Text[start:end], Mod: m.s.mod, sem: m.s}
		if m.s.kind == kPoint && m.s.anchor == anNear && m.s.dir == 0 && m.start > 0 && (toks[m.start-1].low == "until" || toks[m.start-1].low == "till") {
			x.sem.dir = 1 // "until 9 a.m. Tuesday": a deadline ahead
		}
		if m.s.kind == kPoint && m.s.anchor == anNear && m.s.dir == 0 && m.start > 0 && (toks[m.start-1].low == "through" || toks[m.start-1].low == "to") && extendedBefore(toks, m.start-1) {
			x.sem.dir = 1 // "has extended the loans through January": the new end lies ahead
		}
		if m.start > 0 && contrastBefore(toks, m.start) {
			x.sem.contrast = true
		}
		if m.s.kind == kPoint || m.s.kind == kRef {
			x.tense = clauseTense(toks, m.start, m.end, covered)
			if x.tense != tensePast && m.s.weekday != 0 && m.s.anchor == anNear && m.s.dir == 0 && doneAfter(toks, m.end) {
				x.tense = tensePast // "to get around Wednesday's ruling": the ruling was made
			}
			if x.tense != tensePast && m.s.weekday != 0 && m.s.anchor == anNear && m.s.dir == 0 && doneNounBefore(toks, m.start, covered) {
				x.tense = tensePast // done_np.go: "would not retaliate for the reported bombing ... on Tuesday"
			}
			if x.tense == tensePast && m.end == m.start+1 && (toks[m.start].low == "soon" || toks[m.start].low == "shortly") && !(m.start > 0 && modals[toks[m.start-1].low]) {
				// "the trickle soon became a flood": soon after a past
				// event, not the writer's future
				continue
			}
			switch x.tense {
			case tensePast:
				x.Tense = "past"
			case tenseFuture:
				x.Tense = "future"
			}
		}
		tx = append(tx, x)
	}
	return tx
}

// pairWeekdayParens joins a lone weekday and the date in parentheses right
// after it ("on Tuesday (6 January)", "Friday (Jan. 9)"): the weekday tells
// the date's year, as in "Tuesday, 6 January", and the date tells which
// Tuesday it is, so both take the same calendar fields.
func pairWeekdayParens(toks []token, ms []match) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i].s, &ms[i+1].s
		o := ms[i].end
		if a.weekday == 0 || a.month != 0 || a.day != 0 || b.weekday != 0 || b.day == 0 || b.month == 0 || b.hour != 0 || a.hour != 0 {
			continue
		}
		if ms[i+1].start != o+1 || toks[o].low != "(" {
			continue
		}
		b.weekday = a.weekday
		a.year, a.month, a.day, a.grain, a.anchor = b.year, b.month, b.day, b.grain, b.anchor
	}
}

// modals make "soon" after them look ahead even in reported speech
// ("said they may soon seek an indictment").
var modals = map[string]bool{"may": true, "might": true, "could": true, "would": true, "will": true, "should": true, "can": true, "must": true, "ll": true}

// markTokens assigns sentence indices and returns which tokens lie in text
// to analyse (paragraphs, headlines, headings).
func markTokens(a *corpus.Article, toks []token, buf []bool) []bool {
	allowed := resetBools(buf, len(toks))
	bi, si := 0, 0
	for i := range toks {
		t := &toks[i]
		for bi < len(a.Blocks) && a.Blocks[bi].End <= t.start {
			bi++
		}
		if bi < len(a.Blocks) {
			b := a.Blocks[bi]
			if b.Start <= t.start && t.start < b.End {
				switch b.Kind {
				case corpus.Paragraph, corpus.Headline, corpus.Heading:
					allowed[i] = true
				}
			}
		}
		for si < len(a.Sentences) && a.Sentences[si].End <= t.start {
			si++
		}
		if si < len(a.Sentences) && a.Sentences[si].Start <= t.start {
			t.sent = si
		} else if i > 0 && allowed[i] {
			t.sent = -2 - bi // outside sentences: its block stands in
		}
	}
	if len(a.Blocks) == 0 {
		for i := range allowed {
			allowed[i] = true
		}
	}
	return allowed
}

// scratch holds the buffers of one Find call, reused across calls.
type scratch struct {
	toks             []token
	allowed, covered []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func resetBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// notTime rejects matches that name something else: a title in quotes
// ("This Week" on ABC, CBS's "60 Minutes").
func notTime(p *parser, m match) bool {
	toks := p.toks
	// an opening quote: attached to the title, not to the word before it
	q := m.start - 1
	for q > 0 && isQuote(toks[q]) && isQuote(toks[q-1]) && p.attached(q) {
		q-- // '' as a double quote
	}
	if q >= 0 && isQuote(toks[q]) && p.attached(m.start) && !p.attached(q) && m.end-m.start >= 2 {
		title := true
		for k := m.start; k < m.end; k++ {
			if toks[k].kind == tWord && !toks[k].cap {
				title = false
			}
		}
		if title && toks[m.end-1].kind == tWord {
			return true
		}
	}
	return false
}

func isQuote(t token) bool {
	return t.kind == tPunct && strings.Contains("\"'`\u201c\u2018", t.low)
}

// contrastBefore reports whether the expression at i is named to compare
// with: "after a flat second quarter", "up from the second quarter",
// "compared with the third quarter".
func contrastBefore(toks []token, i int) bool {
	det := func(k int) bool {
		switch toks[k].low {
		case "a", "an", "the", "its", "their", "his", "her", "our":
			return true
		}
		return false
	}
	k := i - 1
	if k > 0 && det(k) {
		k-- // "after the second quarter"
	} else if k > 1 && det(k-1) && toks[k].kind == tWord && !toks[k].cap {
		k -= 2 // "after a flat second quarter"
	}
	switch toks[k].low {
	case "after", "following", "than", "from", "over", "since", "versus", "vs":
		return true
	case "with", "to":
		return k > 0 && (toks[k-1].low == "compared" || toks[k-1].low == "comparison")
	}
	return false
}

// extendedBefore reports a verb that moves an end date ("extended",
// "postponed") within the clause before token i.
func extendedBefore(toks []token, i int) bool {
	sent := toks[i].sent
	for k := i - 1; k >= 0 && i-k <= 12 && toks[k].sent == sent; k-- {
		if isClauseStop(toks[k]) {
			return false
		}
		w := toks[k].low
		for _, stem := range []string{"extend", "postpone", "prolong", "defer"} {
			if strings.HasPrefix(w, stem) && w != "extent" && !strings.HasPrefix(w, "extens") {
				return true
			}
		}
	}
	return false
}
