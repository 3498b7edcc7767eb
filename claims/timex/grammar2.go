package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// amount is a count read from the text: "four", "24", "2 1/2", "a", "a few".
type amount struct {
	n       int
	half    bool // plus one half
	fuzzy   bool // "several", "a few": unknown
	article bool // "a", "an": one, but weak ("a second" is an ordinal)
}

// amountAt reads an amount at i and returns it with the index after it.
func (p *parser) amountAt(i int) (amount, int) {
	t := p.tok(i)
	if t == nil {
		return amount{}, 0
	}
	if t.kind == tNum {
		if p.attached(i) {
			if prev := p.tok(i - 1); prev.kind == tNum || prev.low == "$" || prev.low == "." || prev.low == "," || prev.low == "/" || prev.low == ":" || prev.kind == tWord {
				return amount{}, 0
			}
		}
		if t.num < 0 {
			return amount{}, 0
		}
		a, j := amount{n: t.num}, i+1
		// 1,000
		for p.punct(j, ",") && p.attached(j) && p.isNumLen(j+1, 3) && p.attached(j+1) {
			a.n = a.n*1000 + p.toks[j+1].num
			j += 2
		}
		// 2.5
		if p.punct(j, ".") && p.attached(j) && p.isNumLen(j+1, 1) && p.attached(j+1) {
			if p.toks[j+1].num == 5 {
				a.half = true
				j += 2
			} else {
				return amount{}, 0
			}
		}
		if p.attached(j) && p.tok(j) != nil && (p.toks[j].kind == tNum || p.punct(j, "/") || p.punct(j, ":")) {
			return amount{}, 0
		}
		// 2 1/2
		if p.isNumLen(j, 1) && p.toks[j].num == 1 && p.punct(j+1, "/") && p.attached(j+1) && p.isNumLen(j+2, 1) && p.toks[j+2].num == 2 && p.attached(j+2) {
			a.half = true
			j += 3
		}
		return a, j
	}
	if t.kind != tWord {
		return amount{}, 0
	}
	switch t.low {
	case "a", "an":
		if p.is(i+1, "few", "couple") {
			if p.is(i+1, "couple") {
				j := i + 2
				if p.is(j, "of") {
					j++
				}
				return amount{n: 2}, j
			}
			return amount{fuzzy: true}, i + 2
		}
		if p.is(i+1, "dozen") {
			return amount{n: 12}, i + 2
		}
		if p.is(i+1, "half") && !p.attached(i+2) {
			return amount{half: true}, i + 2 // "a half hour"
		}
		return amount{n: 1, article: true}, i + 1
	case "half":
		if p.is(i+1, "a", "an") {
			return amount{half: true}, i + 2
		}
		return amount{}, 0
	case "couple":
		if p.is(i+1, "of") {
			return amount{n: 2}, i + 2
		}
		return amount{}, 0
	case "several", "few", "many", "numerous", "countless":
		return amount{fuzzy: true}, i + 1
	case "some":
		return amount{fuzzy: true}, i + 1
	}
	nw, ok := numbers[t.low]
	if !ok || nw.kind != "card" {
		return amount{}, 0
	}
	n, j := nw.val, i+1
	// twenty four, twenty-four, one hundred, two thousand
	for {
		k := j
		if p.hyphen(k) {
			k++
		} else if !p.sameLine(k) {
			break
		}
		w, ok := numbers[p.tokLow(k)]
		if !ok || w.kind != "card" && w.kind != "mult" || p.tokLow(k) == "a" || p.tokLow(k) == "an" || p.tokLow(k) == "couple" {
			break
		}
		switch {
		case w.kind == "mult":
			n *= w.val
		case n%10 == 0 && n >= 20 && w.val < 10:
			n += w.val
		case n >= 100 && w.val < 100:
			n += w.val
		default:
			return amount{n: n}, j
		}
		j = k + 1
	}
	a := amount{n: n}
	// "one and a half" is read by the duration matcher after the unit too
	if p.is(j, "and") && p.is(j+1, "a") && p.is(j+2, "half") {
		a.half = true
		j += 3
	}
	return a, j
}

// ordinalAt reads "third", "3rd", "20th".
func (p *parser) ordinalAt(i int) (int, int) {
	t := p.tok(i)
	if t == nil {
		return 0, 0
	}
	if t.kind == tNum && p.attached(i+1) && p.is(i+1, "st", "nd", "rd", "th") {
		return t.num, i + 2
	}
	if nw, ok := numbers[t.low]; ok && nw.kind == "ord" && nw.val > 0 {
		return nw.val, i + 1
	}
	return 0, 0
}

// unitAt reads a unit word at i.
func (p *parser) unitAt(i int) (unitWord, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tWord || t.nl {
		return unitWord{}, false
	}
	u, ok := units[t.low]
	return u, ok
}

func plural(w string) bool { return strings.HasSuffix(w, "s") }

// durValue writes a TIMEX3 duration value.
func durValue(a amount, u unitWord) string {
	code, n := u.code, a.n*u.mult
	if a.fuzzy {
		switch code {
		case "H", "MIN", "S":
			if code == "MIN" {
				code = "M"
			}
			return "PTX" + code
		case "DE":
			return "PXDE"
		case "CE":
			return "PXCE"
		case "WE":
			return "PXWE"
		case "ML":
			return "PXML"
		}
		return "PX" + code
	}
	switch code {
	case "DE":
		code, n = "Y", n*10
		if a.half {
			n += 5
		}
	case "CE":
		code, n = "Y", n*100
		if a.half {
			n += 50
		}
	case "ML":
		code, n = "Y", n*1000
	case "WE":
		code, n = "D", n*2
	}
	if a.half && u.code != "DE" && u.code != "CE" {
		switch code {
		case "Y":
			return yHalf(n)
		case "M":
			return fmt.Sprintf("P%dM15D", n)
		case "W":
			return fmt.Sprintf("P%dD", n*7+3)
		case "D":
			return fmt.Sprintf("P%dDT12H", n)
		case "H":
			return fmt.Sprintf("PT%dH30M", n)
		case "MIN":
			return fmt.Sprintf("PT%dM30S", n)
		}
	}
	switch code {
	case "H":
		return fmt.Sprintf("PT%dH", n)
	case "MIN":
		return fmt.Sprintf("PT%dM", n)
	case "S":
		return fmt.Sprintf("PT%dS", n)
	}
	return fmt.Sprintf("P%d%s", n, code)
}

func yHalf(n int) string {
	if n == 0 {
		return "P6M"
	}
	return fmt.Sprintf("P%dY6M", n)
}

// mDuration: "four months", "24 hours", "a decade", "2 1/2 years",
// "two-year", "the past two months", "the first nine months", "several
// years", "recent weeks", and with "ago", "earlier", "later", "from now" a
// point: "ten months ago", "two weeks later".
func (p *parser) mDuration(i int) (int, sem) {
	j := i
	rel, the := 0, false
	if p.is(j, "the") {
		the = true
		j++
	}
	switch p.tokLow(j) {
	case "past", "last", "previous", "preceding":
		if the || p.is(j, "past") {
			rel = -1
			j++
		}
	case "next", "coming", "following", "ensuing", "remaining":
		if the {
			rel = 1
			j++
		} else if p.is(j, "coming") {
			if u, ok := p.unitAt(j + 1); ok && plural(p.tokLow(j+1)) {
				return p.durEnd(j+2, amount{fuzzy: true}, u, 1)
			}
		}
	case "first", "latest", "final", "initial", "same", "entire", "whole", "full":
		if the {
			j++
		}
	case "recent":
		rel = -1
		j++
	case "upcoming":
		if u, ok := p.unitAt(j + 1); ok && plural(p.tokLow(j+1)) {
			return p.durEnd(j+2, amount{fuzzy: true}, u, 1)
		}
	}
	if p.is(j, "few", "several", "many") && rel != 0 { // "the past few days"
		if u, ok := p.unitAt(j + 1); ok && plural(p.tokLow(j+1)) {
			return p.durEnd(j+2, amount{fuzzy: true}, u, rel)
		}
	}
	if the && rel == 0 && j == i+1 {
		// "the weeks ahead", "the months to come"
		if u, ok := p.unitAt(j); ok && plural(p.tokLow(j)) {
			if p.is(j+1, "ahead") && p.sameLine(j+1) && !p.is(j+2, "of") {
				return p.durEnd(j+2, amount{fuzzy: true}, u, 1)
			}
			if p.is(j+1, "to") && p.is(j+2, "come") && p.sameLine(j+1) {
				return p.durEnd(j+3, amount{fuzzy: true}, u, 1)
			}
		}
	}
	a, k := p.amountAt(j)
	if k == 0 {
		// "the past decade", "the past year", "recent years", "the coming weeks"
		if rel != 0 && j > i {
			if u, ok := p.unitAt(j); ok {
				if plural(p.tokLow(j)) {
					return p.durEnd(j+1, amount{fuzzy: true}, u, rel)
				}
				if p.toks[j-1].low == "past" || the && (p.toks[j-1].low == "last" || p.toks[j-1].low == "previous") {
					if u.code != "D" && u.code != "WE" {
						return p.durEnd(j+1, amount{n: 1}, u, rel)
					}
				}
			}
		}
		// "months ago"
		if u, ok := p.unitAt(j); ok && j == i && plural(p.tokLow(j)) && p.is(j+1, "ago") {
			return j + 2, sem{kind: kDuration, value: durValue(amount{fuzzy: true}, u)}
		}
		// "years", "decades" after "for", "in", "over", "within"
		if u, ok := p.unitAt(j); ok && j == i && plural(p.tokLow(j)) && p.is(i-1, "for", "in", "over", "within", "spanning", "lasting", "past", "of") && !p.is(j+1, "of", "old") {
			if p.is(i-1, "of") && !p.is(i-2, "decades", "years", "hundreds", "thousands") {
				return 0, sem{}
			}
			return p.durEnd(j+1, amount{fuzzy: true}, u, 0)
		}
		// "day-long", "decades-long"
		if u, ok := p.unitAt(j); ok && j == i && p.hyphen(j+1) && p.is(j+2, "long") {
			n := amount{n: 1}
			if plural(p.tokLow(j)) {
				n = amount{fuzzy: true}
			}
			return j + 3, sem{kind: kDuration, value: durValue(n, u)}
		}
		return 0, sem{}
	}
	if a.article && the {
		return 0, sem{}
	}
	// N-unit adjective: "two-year", "16-hour", "five-year-old"
	if p.hyphen(k) {
		u, ok := p.unitAt(k + 1)
		if !ok || plural(p.tokLow(k+1)) || a.fuzzy && !p.is(j, "several", "many") {
			return 0, sem{}
		}
		end := k + 2
		if p.hyphen(end) && p.is(end+1, "old") {
			return 0, sem{} // an age: "6-year-old"
		}
		if p.hyphen(end) && p.is(end+1, "long") {
			end += 2
		}
		return end, sem{kind: kDuration, value: durValue(a, u), durN: a.n, durUnit: unitGrain[u.code]}
	}
	if !p.sameLine(k) {
		return 0, sem{}
	}
	if p.is(k, "more", "additional", "further", "extra") && !a.article {
		if _, ok := p.unitAt(k + 1); ok {
			k++
		}
	}
	u, ok := p.unitAt(k)
	if !ok {
		return 0, sem{}
	}
	w := p.tokLow(k)
	if p.is(k+1, "old") || p.hyphen(k+1) && p.is(k+2, "old", "earlier", "ago", "end", "earlier") {
		return 0, sem{} // "52 years old", "a year-earlier loss"
	}
	if a.article {
		if w == "second" || w == "quarter" && !p.is(k+1, "ago", "earlier", "later", "century") || plural(w) {
			return 0, sem{}
		}
		if w == "quarter" && p.is(k+1, "century") {
			return k + 2, sem{kind: kDuration, value: "P25Y", durN: 25, durUnit: gYear}
		}
	}
	if a.fuzzy && !plural(w) {
		return 0, sem{}
	}
	if a.n > 1 && !a.fuzzy && !plural(w) && !p.is(k+1, "ago", "earlier", "later") {
		// "five year low" is a duration; "2 second" is not
		if u.code == "S" {
			return 0, sem{}
		}
	}
	end := k + 1
	// "a year and a half"
	if p.is(end, "and") && p.is(end+1, "a", "one") && p.is(end+2, "half") {
		a.half = true
		end += 3
	}
	if a.n == 0 && !a.half && !a.fuzzy {
		return 0, sem{}
	}
	return p.durEnd(end, a, u, rel)
}

// durEnd finishes a duration at token end: suffixes "ago", "earlier",
// "later", "from now" make it a point.
func (p *parser) durEnd(end int, a amount, u unitWord, rel int) (int, sem) {
	// "a week or so ago": the date, approximately
	if p.is(end, "or") && p.is(end+1, "so") && p.sameLine(end+1) && p.is(end+2, "ago", "earlier", "later") && !a.fuzzy && rel == 0 {
		e, s := p.durEnd(end+2, a, u, rel)
		if e > end+2 && s.mod == "" {
			s.mod = "APPROX"
		}
		return e, s
	}
	g := unitGrain[u.code]
	n := a.n * u.mult
	if p.is(end, "ago", "earlier", "later", "from", "hence") && !a.fuzzy {
		// "a decade ago" is ten years before, at year grain
		switch g {
		case gDecade:
			g, n = gYear, n*10
		case gCentury:
			g, n = gYear, n*100
		case gMillennium:
			g, n = gYear, n*1000
		}
	}
	if rel == 0 && p.sameLine(end) {
		switch {
		case p.is(end, "ago"), p.is(end, "back") && !p.is(end+1, "to", "in", "into", "on"):
			if a.fuzzy || a.half {
				return end + 1, sem{kind: kDuration, value: durValue(a, u)}
			}
			s := sem{kind: kPoint, anchor: anPub, unit: g, n: -n, grain: agoGrain(g), value: durValue(a, u)}
			if u.code == "Y" && n == 1 {
				s.qctx = true
			}
			return end + 1, s
		case p.is(end, "earlier", "later", "before", "after") && !p.is(end+1, "than") && !a.fuzzy && !a.half:
			w := p.tokLow(end)
			if w == "before" || w == "after" {
				// "two days after the election" is a duration and a signal;
				// "the day after" closes the clause
				if nx := p.tok(end + 1); nx == nil || nx.kind != tPunct {
					return end, sem{kind: kDuration, value: durValue(a, u), durN: n, durUnit: g}
				}
			}
			sign := 1
			if w == "earlier" || w == "before" {
				sign = -1
			}
			s := sem{kind: kPoint, anchor: anPrev, unit: g, n: sign * n, grain: agoGrain(g)}
			if u.code == "Y" && n == 1 {
				s.qctx = true
			}
			return end + 1, s
		case p.is(end, "from") && p.is(end+1, "now") && !a.fuzzy:
			return end + 2, sem{kind: kPoint, anchor: anPub, unit: g, n: n, grain: agoGrain(g)}
		case p.is(end, "hence") && !a.fuzzy:
			return end + 1, sem{kind: kPoint, anchor: anPub, unit: g, n: n, grain: agoGrain(g)}
		}
	}
	if a.fuzzy && rel != 0 && u.code == "Q" {
		// "the past several quarters", "coming quarters": the periods before
		// or after the one reported on, not an amount
		v := "PAST_REF"
		if rel > 0 {
			v = "FUTURE_REF"
		}
		return end, sem{kind: kRef, value: v}
	}
	s := sem{kind: kDuration, value: durValue(a, u), durRel: rel, durN: n, durUnit: g}
	if a.fuzzy || a.half {
		s.durN = 0
	}
	return end, s
}

// agoGrain is the grain of "N units ago": the unit's, but decades and
// centuries ago are years.
func agoGrain(g grain) grain {
	switch g {
	case gDecade, gCentury, gMillennium:
		return gYear
	case gWeekend:
		return gWeekend
	case gMinute, gHour:
		return gMinute
	}
	return g
}

// mQuarter: "the third quarter", "third-quarter", "the fourth quarter of
// 1998", "this year's third quarter", "the first half", "Q3 2025",
// "the quarter", "the latest quarter", "the year-earlier quarter",
// "year-earlier".
func (p *parser) mQuarter(i int) (int, sem) {
	j := i
	s := sem{kind: kPoint, anchor: anNear}
	det := false
	switch {
	case p.is(j, "the", "its", "their", "his", "her", "our"):
		det = true
		j++
	}
	// the quarter a year ago, the corresponding period last year
	if det {
		k := j
		if p.is(k, "corresponding", "same", "comparable", "like") {
			k++
		}
		if p.is(k, "quarter", "period") && p.sameLine(k+1) {
			k++
			switch {
			case p.is(k, "a", "one") && p.is(k+1, "year") && p.is(k+2, "ago", "earlier", "before") && p.sameLine(k+2):
				return k + 3, sem{kind: kPoint, anchor: anPrev, unit: gYear, n: -1, grain: gYear, qctx: true}
			case p.is(k, "last", "previous") && p.is(k+1, "year") && p.sameLine(k+1):
				return k + 2, sem{kind: kPoint, anchor: anPub, unit: gYear, n: -1, grain: gYear, periodOf: true}
			}
		}
	}
	// year-earlier, year-ago
	if p.is(j, "year") && p.hyphen(j+1) && p.is(j+2, "earlier", "ago") {
		s = sem{kind: kPoint, anchor: anPrev, unit: gYear, n: -1, grain: gYear, qctx: true}
		end := j + 3
		if e, d := p.mDuration(end); e > end && d.kind == kDuration && d.durRel == 0 && p.sameLine(end) {
			// "the year-earlier nine months": an amount of time, the one
			// the text compares with
			return e, d
		}
		if o, k := p.ordinalAt(end); o >= 1 && o <= 4 && p.is(k, "quarter") && p.sameLine(end) {
			// "the year-earlier third quarter": the quarter reported on, a
			// year before
			return k + 1, s
		}
		if p.is(end, "quarter", "period", "periods", "quarters") {
			end++
		} else if det {
			if !p.is(end, "level", "levels", "figure", "figures", "results") {
				return 0, sem{}
			}
			return j + 3, s
		}
		if det || end == j+3 {
			return end, s
		}
		return end, s
	}
	// this year's, last year's, 1998's
	yearOf := 0
	if y, e := p.yearNum(j); y > 0 && p.punct(e, "'") && p.is(e+1, "s") {
		s.year, s.anchor, yearOf = y, anAbs, 1
		j = e + 2
	} else if y, e := p.yearNum(j); y > 0 && det && p.is(e, "fiscal", "first", "second", "third", "fourth") {
		s.year, s.anchor, yearOf = y, anAbs, 1
		j = e
	} else if p.is(j, "this", "last", "next") && p.is(j+1, "year") && p.punct(j+2, "'") && p.is(j+3, "s") {
		s.anchor, s.unit, s.n, yearOf = anPub, gYear, map[string]int{"this": 0, "last": -1, "next": 1}[p.toks[j].low], 1
		j += 4
	}
	if yearOf != 0 && p.is(j, "quarter", "period") {
		s.periodOf, s.grain = true, gYear
		return j + 1, s
	}
	if p.is(j, "fiscal") {
		j++
		if p.hyphen(j) {
			j++
		}
	}
	// the latest quarter, the current quarter, this quarter
	if yearOf == 0 {
		switch {
		case p.is(j, "latest", "recent", "past", "just-ended", "most") && det:
			k := j + 1
			if p.is(j, "most") && p.is(k, "recent") {
				k++
			}
			if p.is(k, "fiscal") {
				k++
			}
			if p.is(k, "quarter", "period") {
				return k + 1, sem{kind: kPoint, latestQ: true, grain: gQuarter, value: "latest"}
			}
		case p.is(j, "current") && det || p.is(j, "this") && !det:
			k := j + 1
			if p.is(k, "fiscal") {
				k++
			}
			if p.is(k, "quarter") {
				if p.is(j, "this") && p.punct(k+1, "'") && p.is(k+2, "s") && p.is(k+3, resultNouns...) {
					// "This quarter's loss includes charges": the quarter
					// reported on, which has ended
					return k + 1, sem{kind: kPoint, latestQ: true, grain: gQuarter, value: "latest"}
				}
				return k + 1, sem{kind: kPoint, anchor: anPub, unit: gQuarter, grain: gQuarter}
			}
		case p.is(j, "last", "next", "previous") && !det:
			if p.is(j+1, "quarter") {
				n := 1
				if !p.is(j, "next") {
					n = -1
				}
				return j + 2, sem{kind: kPoint, anchor: anPub, unit: gQuarter, n: n, grain: gQuarter}
			}
		case p.is(j, "quarter") && det && p.tokLow(i) == "the":
			if q, ok := p.endedQuarter(j + 1); ok {
				return j + 1, q
			}
			if p.is(j+1, "ended", "ending", "ends", "through") || p.hyphen(j+1) {
				return 0, sem{}
			}
			return j + 1, sem{kind: kPoint, latestQ: true, grain: gQuarter}
		case p.is(j, "quarter") && p.is(i-1, "the") && j == i:
			if q, ok := p.endedQuarter(j + 1); ok {
				return j + 1, q
			}
		}
		// the 1988 period: that year's quarter in a story about a quarter
		if y, e := p.yearNum(j); y > 0 && det && p.is(e, "period") {
			return e + 1, sem{kind: kPoint, year: y, anchor: anAbs, grain: gYear, periodOf: true}
		}
		switch {
		}
	}
	// ordinal quarter/half
	ord, k := p.ordinalAt(j)
	hyph := false
	pairHalf := false // "the first two quarters of 1990" is its first half
	switch {
	case ord == 0 && det && p.is(j, "last", "latter") && p.is(j+1, "half"):
		ord, k = 2, j+1
	case ord == 1 && det && p.is(k, "two") && p.is(k+1, "quarters"):
		ord, k, pairHalf = 1, k+1, true
	case ord == 0 && det && p.is(j, "last") && p.is(j+1, "two") && p.is(j+2, "quarters") && p.is(j+3, "of"):
		// (without a year, "the last two quarters" are the latest two)
		ord, k, pairHalf = 2, j+2, true
	}
	if ord == 0 {
		// Q3, 3Q
		if t := p.tok(j); t != nil && t.low == "q" && t.cap && p.isNumLen(j+1, 1) && p.attached(j+1) && p.toks[j+1].num >= 1 && p.toks[j+1].num <= 4 {
			s.quarter, s.grain = p.toks[j+1].num, gQuarter
			end := j + 2
			if y, e := p.yearNum(end); y > 0 && p.sameLine(end) {
				s.year, s.anchor, end = y, anAbs, e
			}
			return end, s
		}
		return 0, sem{}
	}
	if p.hyphen(k) {
		hyph = true
		k++
	}
	unit := p.tokLow(k)
	if pairHalf {
		unit = "half"
	}
	switch unit {
	case "quarter":
		if ord < 1 || ord > 4 {
			return 0, sem{}
		}
		s.quarter, s.grain = ord, gQuarter
	case "half":
		if ord < 1 || ord > 2 {
			return 0, sem{}
		}
		s.half, s.grain = ord, gHalf
	default:
		return 0, sem{}
	}
	if !det && !hyph && yearOf == 0 && p.is(i-1, "a", "one", "every", "each") && unit == "quarter" && p.is(k+1, "of") {
		return 0, sem{} // "a third quarter of the seats"
	}
	end := k + 1
	if yearOf == 0 && p.is(end, "of") {
		e := end + 1
		if p.is(e, "fiscal") {
			e++
			if p.is(e, "year") {
				e++
			}
		}
		if y, ye := p.yearNum(e); y > 0 {
			s.year, s.anchor, end = y, anAbs, ye
		} else if p.is(e, "this", "last", "next") && p.is(e+1, "year") {
			s.anchor, s.unit, s.n, end = anPub, gYear, map[string]int{"this": 0, "last": -1, "next": 1}[p.toks[e].low], e+2
		} else if p.is(e, "the") && p.is(e+1, "year") {
			s.anchor, s.unit, s.n, end = anPrev, gYear, 0, e+2
		}
	} else if yearOf == 0 {
		if y, ye := p.yearNum(end); y > 0 && p.sameLine(end) && !p.countNoun(ye) {
			s.year, s.anchor, end = y, anAbs, ye
		}
	}
	if unit == "half" && yearOf == 0 && s.year == 0 && p.is(end, "of") {
		return 0, sem{} // "the second half of the game": a half of something else
	}
	if yearOf == 0 && s.year == 0 && (p.gameNear(i) || p.scoreNear(i)) {
		return 0, sem{} // "17 unanswered points in the fourth quarter": a game's quarter
	}
	return end, s
}

// resultNouns are the figures a company reports for a period.
var resultNouns = []string{"loss", "losses", "profit", "profits", "earnings", "results", "net", "income",
	"sales", "revenue", "revenues", "charge", "charges", "gain", "gains", "deficit", "surplus"}

// gameWords are words of a game's play-by-play (data/games.txt).
var gameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range readData("games.txt") {
		m[l] = true
	}
	return m
}()

// gameNear reports a game word within 25 tokens of i on the same line.
func (p *parser) gameNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-25 && !p.toks[k+1].nl; k-- {
		if gameWords[p.toks[k].low] {
			return true
		}
	}
	for k := i; k < len(p.toks) && k < i+25; k++ {
		if k > i && p.toks[k].nl {
			break
		}
		if gameWords[p.toks[k].low] {
			return true
		}
	}
	return false
}

// mSeason: "this summer", "last fall", "the summer of 1998", "summer 2025",
// "in the spring". Not "the fall of Assad".
func (p *parser) mSeason(i int) (int, sem) {
	j := i
	s := sem{kind: kPoint, grain: gSeason, anchor: anNear}
	det := ""
	if p.is(j, "this", "last", "next", "the", "that", "past") {
		det = p.toks[j].low
		j++
	}
	t := p.tok(j)
	if t == nil || t.nl && j > i {
		return 0, sem{}
	}
	code, ok := seasons[t.low]
	if !ok {
		return 0, sem{}
	}
	s.season = code
	end := j + 1
	if p.is(end, "of") {
		if y, ye := p.yearNum(end + 1); y > 0 {
			s.year, s.anchor = y, anAbs
			return ye, s
		}
		if det == "the" || det == "" {
			return 0, sem{} // "the fall of Assad"
		}
	}
	if y, ye := p.yearNum(end); y > 0 && p.sameLine(end) && !p.countNoun(ye) {
		s.year, s.anchor = y, anAbs
		return ye, s
	}
	switch det {
	case "this":
		s.this = true
	case "last", "past":
		s.dir, s.strict = -1, true
	case "next":
		s.dir, s.strict = 1, true
	case "that":
		s.anchor = anPrev
	case "the":
		if !p.is(i-1, "in", "during", "by", "until", "since", "over", "through", "throughout", "into", "this", "early", "late", "mid") {
			return 0, sem{}
		}
		if p.is(end, "season", "collection", "term", "session", "semester") {
			return 0, sem{}
		}
	default:
		if !p.is(i-1, "in", "during", "by", "until", "since", "through", "throughout", "early", "late", "mid", "-") || code == "FA" {
			return 0, sem{}
		}
	}
	return end, s
}

// mDeictic: "today", "yesterday", "tonight", "this morning", "last night",
// "this week", "last year", "next month", "last Wednesday", "next July",
// "the weekend".
func (p *parser) mDeictic(i int) (int, sem) {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return 0, sem{}
	}
	day := func(n, end int) (int, sem) {
		s := sem{kind: kPoint, anchor: anPub, unit: gDay, n: n, grain: gDay}
		if part, ok := dayparts[p.tokLow(end)]; ok && len(part) == 2 && p.sameLine(end) {
			s.part, s.grain = part, gPartOfDay
			end++
		}
		return end, s
	}
	// year-end, year end, year's end
	if t.low == "year" && (p.hyphen(i+1) && p.is(i+2, "end") || p.is(i+1, "end") && p.sameLine(i+1)) {
		return i + 3 - b2i(p.is(i+1, "end")), sem{kind: kPoint, anchor: anPub, unit: gYear, grain: gYear, mod: "END"}
	}
	if t.low == "year" && p.punct(i+1, "'") && p.is(i+2, "s") && p.is(i+3, "end") {
		return i + 4, sem{kind: kPoint, anchor: anPub, unit: gYear, grain: gYear, mod: "END"}
	}
	if t.cap && !sentenceStartAt(p, i) && p.tok(i-1) != nil && p.toks[i-1].kind == tWord {
		switch t.low {
		case "today", "tonight", "tomorrow", "yesterday":
			return 0, sem{} // "USA Today", "VOA Today", "NBC's Today show": names
		}
	}
	// "afternoon yesterday", "(mid-)morning today": the part of that day
	if part, ok := dayparts[t.low]; ok && len(part) == 2 && !plural(t.low) && p.sameLine(i+1) {
		if n, ok := map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[p.tokLow(i+1)]; ok {
			return i + 2, sem{kind: kPoint, anchor: anPub, unit: gDay, n: n, part: part, grain: gPartOfDay}
		}
	}
	switch t.low {
	case "today":
		if p.punct(i+1, "'") && p.is(i+2, "s") && p.attached(i+1) {
			return day(0, i+1)
		}
		return day(0, i+1)
	case "yesterday":
		return day(-1, i+1)
	case "tomorrow":
		return day(1, i+1)
	case "tonight":
		return i + 1, sem{kind: kPoint, anchor: anPub, unit: gDay, part: "NI", grain: gPartOfDay}
	}
	if p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before") && p.is(i+3, "yesterday") {
		return i + 4, sem{kind: kPoint, anchor: anPub, unit: gDay, n: -2, grain: gDay}
	}
	if p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "after") && p.is(i+3, "tomorrow") {
		return i + 4, sem{kind: kPoint, anchor: anPub, unit: gDay, n: 2, grain: gDay}
	}
	if p.is(i, "the") && p.is(i+1, "week") && p.is(i+2, "of") {
		for _, f := range []matcher{(*parser).mMonthDate, (*parser).mDayMonth} {
			if e, d := f(p, i+3); e > i+3 && d.day != 0 {
				d.grain = gWeek
				return e, d
			}
		}
	}
	if p.is(i, "the", "this") && p.is(i+1, "weekend") {
		s := sem{kind: kPoint, anchor: anNear, grain: gWeekend}
		if t.low == "this" {
			s.this = true
		}
		return i + 2, s
	}
	if t.cap && !sentenceStartAt(p, i) {
		return 0, sem{} // "This Week" (a programme), "Next Year's Models"
	}
	var n int
	j := i + 1
	switch t.low {
	case "this", "current":
		n = 0
		if p.is(j, "past") {
			n = -1
			j++
		} else if p.is(j, "coming") {
			n = 1
			j++
		}
	case "last", "previous":
		n = -1
	case "next", "coming":
		n = 1
	default:
		return 0, sem{}
	}
	if !p.sameLine(j) {
		return 0, sem{}
	}
	if p.is(j, "fiscal", "calendar") && p.is(j+1, "year", "quarter") {
		j++
	}
	w := p.tok(j)
	if w == nil || w.kind != tWord {
		return 0, sem{}
	}
	// this morning, last night
	if part, ok := dayparts[w.low]; ok && len(part) == 2 && !plural(w.low) {
		if t.low == "this" {
			return j + 1, sem{kind: kPoint, anchor: anPub, unit: gDay, part: part, grain: gPartOfDay}
		}
		if t.low == "last" && part == "NI" {
			return j + 1, sem{kind: kPoint, anchor: anPub, unit: gDay, n: -1, part: part, grain: gPartOfDay}
		}
		return 0, sem{}
	}
	if u, ok := units[w.low]; ok && !plural(w.low) {
		g := unitGrain[u.code]
		switch g {
		case gYear, gMonth, gWeek, gWeekend, gDecade, gCentury, gQuarter:
		default:
			return 0, sem{}
		}
		if t.low == "current" && !p.is(i-1, "the") {
			return 0, sem{}
		}
		if (t.low == "previous" || t.low == "coming") && !p.is(i-1, "the") {
			// "previous year" without the: anaphoric-ish; keep it relative to publication
		}
		end := j + 1
		s := sem{kind: kPoint, anchor: anPub, unit: g, n: n, grain: g}
		if g == gWeekend {
			s.unit = gWeek
		}
		if (t.low == "previous") && p.is(i-1, "the") {
			s.anchor = anPrev
		}
		return end, s
	}
	if w.cap {
		if wd, ok := weekdays[w.low]; ok && !wd.abbr {
			s := sem{kind: kPoint, anchor: anNear, weekday: wd.wd, grain: gDay}
			switch {
			case t.low == "this" && n == 0:
				s.this = true
			default:
				s.dir, s.strict = n, true
				s.fromRef = t.low == "previous" && p.is(i-1, "the")
			}
			end := j + 1
			if part, ok := dayparts[p.tokLow(end)]; ok && len(part) == 2 && p.sameLine(end) {
				s.part, s.grain = part, gPartOfDay
				end++
			}
			return end, s
		}
		if m, ok := months[w.low]; ok && (len(w.low) > 3 || w.low == "may") {
			s := sem{kind: kPoint, anchor: anNear, month: m, grain: gMonth}
			if t.low == "this" && n == 0 {
				s.this = true
			} else {
				s.dir, s.strict = n, true
			}
			return j + 1, s
		}
	}
	return 0, sem{}
}

// mAnaphor: "that year", "the same day", "the following year", "the next
// day", "the previous month", "the year", "that morning".
func (p *parser) mAnaphor(i int) (int, sem) {
	j := i
	n := 0
	switch {
	case p.is(j, "that"):
		j++
		if p.is(j, "same", "very") {
			j++
		}
	case p.is(j, "the") && p.is(j+1, "same", "very"):
		j += 2
		if p.is(j, "same") {
			j++
		}
	case p.is(j, "the") && p.is(j+1, "following", "next", "subsequent"):
		n = 1
		j += 2
	case p.is(j, "the") && p.is(j+1, "previous", "preceding", "prior"):
		n = -1
		j += 2
	case p.is(j, "the") && p.is(j+1, "year", "full", "fiscal", "calendar", "month"):
		// "the year", "the full year", "the fiscal year": the current one;
		// "the year ended Sept. 30" is the twelve months to that date
		k := j + 1
		if p.is(k, "full", "fiscal", "calendar") {
			k++
		}
		if !p.is(k, "year", "month") || p.hyphen(k+1) || p.is(k+1, "before", "after", "earlier", "later", "ago", "of", "in", "to", "when", "that", "which", "two", "2000", "since") || p.tok(k+1) != nil && p.toks[k+1].kind == tNum {
			return 0, sem{}
		}
		u := unitGrain[units[p.toks[k].low].code]
		if p.is(k+1, "ended", "ending", "ends", "through", "to") {
			return k + 1, sem{kind: kDuration, value: durValue(amount{n: 1}, units[p.toks[k].low])}
		}
		return k + 1, sem{kind: kPoint, anchor: anPub, unit: u, grain: u}
	case p.is(j, "the") && p.is(j+1, "day") && p.is(j+2, "before", "after") && p.sameLine(j+3) && p.dayAt(j+3) > j+3:
		// "the day before last Tuesday's hearing", "the day after Christmas"
		e := p.dayAt(j + 3)
		_, d := p.mPoint(j + 3)
		d.dayShift = 1
		if p.is(j+2, "before") {
			d.dayShift = -1
		}
		return e, d
	case p.is(j, "the") && p.is(j+1, "day", "year", "week", "month") && p.is(j+2, "before", "after") && (p.tok(j+3) == nil || p.toks[j+3].kind == tPunct):
		u := unitGrain[units[p.toks[j+1].low].code]
		n = 1
		if p.is(j+2, "before") {
			n = -1
		}
		return j + 3, sem{kind: kPoint, anchor: anPrev, unit: u, n: n, grain: u}
	default:
		return 0, sem{}
	}
	w := p.tok(j)
	if w == nil || w.kind != tWord || !p.sameLine(j) {
		return 0, sem{}
	}
	if part, ok := dayparts[w.low]; ok && len(part) == 2 && !plural(w.low) {
		if n == 1 && p.is(i+1, "next", "following") || n == 0 {
			return j + 1, sem{kind: kPoint, anchor: anPrev, unit: gDay, n: n, part: part, grain: gPartOfDay}
		}
		return 0, sem{}
	}
	u, ok := units[w.low]
	if !ok || plural(w.low) {
		return 0, sem{}
	}
	g := unitGrain[u.code]
	switch g {
	case gYear, gMonth, gWeek, gWeekend, gDay, gDecade, gQuarter:
	default:
		return 0, sem{}
	}
	if p.hyphen(j + 1) {
		return 0, sem{}
	}
	if p.toks[i].low == "that" && (p.is(j+1, "of") || g == gDay && p.is(j+1, "when")) {
		// "that day of reckoning" is no date; "that day when" still is, but rare
		if p.is(j+1, "of") {
			return 0, sem{}
		}
	}
	return j + 1, sem{kind: kPoint, anchor: anPrev, unit: g, n: n, grain: g, unitNamed: true}
}

// dayAt returns the end of a point of day grain at i ("Tuesday", "last
// Tuesday", "March 3", "Christmas"), or 0.
func (p *parser) dayAt(i int) int {
	e, d := p.mPoint(i)
	if e <= i || d.kind != kPoint || d.grain != gDay || d.clock || d.dayShift != 0 {
		return 0
	}
	return e
}

// mClock: "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday", "midnight".
func (p *parser) mClock(i int) (int, sem) {
	t := p.tok(i)
	if t == nil {
		return 0, sem{}
	}
	s := sem{kind: kPoint, anchor: anPrev, unit: gDay, clock: true, grain: gMinute}
	end := 0
	switch {
	case t.kind == tWord && (t.low == "noon" || t.low == "midday" || t.low == "midnight"):
		code := dayparts[t.low]
		h, _ := strconv.Atoi(code[:2])
		s.hour, end = h, i+1
		if h == 24 {
			s.hour, s.minute = 23, 59 // midnight closes the day it names
		}
		if p.hyphen(i + 1) { // "midday-meal"
			return 0, sem{}
		}
	case t.kind == tNum && t.num >= 0 && t.num <= 24 && t.end-t.start <= 2 && (!p.attached(i) || p.punct(i-1, "(")):
		h, m, k := t.num, 0, i+1
		colon := false
		if p.punct(k, ":") && p.attached(k) && p.isNumLen(k+1, 2) && p.attached(k+1) {
			m = p.toks[k+1].num
			if m > 59 {
				return 0, sem{}
			}
			colon = true
			k += 2
			if p.attached(k) && (p.punct(k, ":") || p.punct(k, ".") && p.tok(k+1) != nil && p.toks[k+1].kind == tNum) {
				return 0, sem{} // 10:35:20 is fine but rare; 3:1.5 is not a time
			}
		}
		ampm, e := p.ampm(k)
		switch {
		case ampm != "":
			if h < 1 || h > 12 {
				return 0, sem{}
			}
			if ampm == "pm" && h < 12 {
				h += 12
			}
			if ampm == "am" && h == 12 {
				h = 0
			}
			k = e
		case p.is(k, "o") && p.punct(k+1, "'") && p.is(k+2, "clock"):
			k += 3
			if e, pm, ok := p.dayHalf(k, h); ok {
				h, k = pm, e
			}
		case p.is(k, "in") && p.is(k+1, "the"):
			// "at 4 in the morning", "by 9 in the evening"
			e, pm, ok := p.dayHalf(k, h)
			if !ok || !p.is(i-1, "at", "by", "until", "till", "from", "before", "after", "around", "about", "to") {
				return 0, sem{}
			}
			h, k = pm, e
		case colon:
			// 14:30 needs a time-like word around it to be a time, not a score
			if !p.is(i-1, "at", "by", "until", "from", "before", "after", "around", "about") && !p.isZone(k) {
				return 0, sem{}
			}
		default:
			return 0, sem{}
		}
		s.hour, s.minute, end = h, m, k
	default:
		return 0, sem{}
	}
	if p.isZone(end) {
		end++
		if p.is(end, "time") {
			end++
		}
	} else if p.is(end, "local") && p.is(end+1, "time") {
		end += 2
	}
	// a day after it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon today"
	k := end
	if p.punct(k, ",") {
		k++
	}
	if p.is(k, "on") {
		k++
	}
	if p.sameLine(k) {
		for _, f := range []matcher{(*parser).mWeekday, (*parser).mMonthDate, (*parser).mDayMonth, (*parser).mDeictic} {
			if e, d := f(p, k); e > k && d.kind == kPoint && d.grain == gDay && d.part == "" {
				d.clock, d.hour, d.minute, d.grain = true, s.hour, s.minute, gMinute
				return e, d
			}
		}
	}
	return end, s
}

// dayHalf reads "in the morning/afternoon/evening" at i after the hour h
// (1-12) and returns the end and the hour on a 24-hour clock.
func (p *parser) dayHalf(i, h int) (int, int, bool) {
	if h < 1 || h > 12 || !p.is(i, "in") || !p.is(i+1, "the") {
		return 0, 0, false
	}
	switch p.tokLow(i + 2) {
	case "morning":
		if h == 12 {
			h = 0
		}
	case "afternoon", "evening":
		if h < 12 {
			h += 12
		}
	default:
		return 0, 0, false
	}
	return i + 3, h, true
}

// ampm reads "a.m.", "am", "p.m.", "pm" at i.
func (p *parser) ampm(i int) (string, int) {
	t := p.tok(i)
	if t == nil {
		return "", 0
	}
	switch t.low {
	case "am", "pm":
		if t.upper || !t.cap {
			return t.low, i + 1
		}
	case "a", "p":
		if p.punct(i+1, ".") && p.attached(i+1) && p.is(i+2, "m") && p.attached(i+2) {
			end := i + 3
			if p.punct(end, ".") && p.attached(end) {
				end++
			}
			return t.low + "m", end
		}
	}
	return "", 0
}

var zones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "et": true, "pt": true, "msk": true,
}

func (p *parser) isZone(i int) bool {
	t := p.tok(i)
	return t != nil && t.upper && zones[t.low] && p.sameLine(i)
}

// mHoliday: "Christmas", "Thanksgiving Day", "last Christmas", "Easter 2024".
func (p *parser) mHoliday(i int) (int, sem) {
	j := i
	s := sem{kind: kPoint, grain: gDay, anchor: anNear}
	switch {
	case p.is(j, "last"):
		s.dir, s.strict = -1, true
		j++
	case p.is(j, "next"):
		s.dir, s.strict = 1, true
		j++
	case p.is(j, "this"):
		s.this = true
		j++
	}
	t := p.tok(j)
	if t == nil || !t.cap {
		return 0, sem{}
	}
	rule, end, ok := holidays.match(p.toks, j)
	if !ok {
		return 0, sem{}
	}
	s.holiday = rule
	if p.is(end, "week") && p.sameLine(end) {
		// "Easter week", "Christmas week": the week of the holiday
		s.grain = gWeek
		end++
	}
	if y, ye := p.yearNum(end); y > 0 && p.sameLine(end) {
		s.year, s.anchor, end = y, anAbs, ye
	}
	// "New Year" as in "Chinese New Year" or "New Year's resolutions" is
	// still the day; "Christmas tree" is not a date but rare enough.
	return end, s
}

// mSet: "every week", "each Thursday", "daily", "twice a week",
// "Mondays", "per year".
func (p *parser) mSet(i int) (int, sem) {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return 0, sem{}
	}
	if v, ok := setAdverbs[t.low]; ok {
		if t.cap && !sentenceStartAt(p, i) {
			return 0, sem{} // "Daily Mail"
		}
		if p.is(i-1, "the", "a") && (p.tok(i+1) == nil || p.toks[i+1].kind != tWord || p.toks[i+1].cap) {
			return 0, sem{} // "the daily said"
		}
		return i + 1, sem{kind: kSet, value: v}
	}
	if t.low == "every" || t.low == "each" {
		j := i + 1
		if p.is(j, "other") {
			j++
		}
		if w := p.tok(j); w != nil && w.cap {
			if wd, ok := weekdays[w.low]; ok && !wd.abbr {
				end := j + 1
				v := fmt.Sprintf("XXXX-WXX-%d", wd.wd)
				if part, ok := dayparts[p.tokLow(end)]; ok && len(part) == 2 {
					v += "T" + part
					end++
				}
				return end, sem{kind: kSet, value: v}
			}
			if m, ok := months[w.low]; ok && (len(w.low) > 3 || w.low == "may") {
				return j + 1, sem{kind: kSet, value: fmt.Sprintf("XXXX-%02d", m)}
			}
		}
		if part, ok := dayparts[p.tokLow(j)]; ok && len(part) == 2 {
			return j + 1, sem{kind: kSet, value: "XXXX-XX-XXT" + part}
		}
		a := amount{n: 1}
		if b, e := p.amountAt(j); e > 0 && !b.article && !b.fuzzy {
			a, j = b, e
		}
		u, ok := p.unitAt(j)
		if !ok {
			return 0, sem{}
		}
		if t.low == "each" && a.n == 1 && p.is(j+1, "of") {
			return 0, sem{} // "each of the past three years" is a duration inside
		}
		if p.is(i+1, "other") {
			a.n *= 2
		}
		return j + 1, sem{kind: kSet, value: durValue(a, u)}
	}
	// twice a week, three times a year, once a month, $5 a year, per day
	if t.low == "per" || t.low == "a" || t.low == "an" {
		u, ok := p.unitAt(i + 1)
		if !ok || plural(p.tokLow(i+1)) || u.code == "S" && t.low != "per" || u.code == "Q" && t.low != "per" {
			return 0, sem{}
		}
		prev := p.tok(i - 1)
		if t.low != "per" {
			if prev == nil || !(prev.low == "twice" || prev.low == "once" || prev.low == "times" || prev.low == "thrice") {
				return 0, sem{}
			}
		}
		if t.low == "per" && (u.code == "S" || u.code == "MIN" || u.code == "H") && prev != nil && prev.kind == tWord && plural(prev.low) && prev.low != "times" {
			// "miles per hour", "instructions per second": a unit of speed
			// or throughput, not a recurrence
			return 0, sem{}
		}
		if p.is(i+2, "ago", "earlier", "later") {
			return 0, sem{}
		}
		return i + 2, sem{kind: kSet, value: durValue(amount{n: 1}, u)}
	}
	// Mondays, weekends
	if t.cap && plural(t.low) && len(t.low) > 6 {
		if wd, ok := weekdays[strings.TrimSuffix(t.low, "s")]; ok && !wd.abbr && p.is(i-1, "on", "most", "some", "all", "other") {
			return i + 1, sem{kind: kSet, value: fmt.Sprintf("XXXX-WXX-%d", wd.wd)}
		}
	}
	if t.low == "weekends" && p.is(i-1, "on", "at", "most", "some", "all") {
		return i + 1, sem{kind: kSet, value: "XXXX-WXX-WE"}
	}
	return 0, sem{}
}

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W",
	"biannually": "P6M", "semiannually": "P6M", "fortnightly": "P2W",
}

// mRef: "now", "currently", "recently", "the past", "the future", "soon".
func (p *parser) mRef(i int) (int, sem) {
	v, end, ok := refs.match(p.toks, i)
	if !ok {
		return 0, sem{}
	}
	w := p.toks[i].low
	switch w {
	case "current":
		if p.is(end, "account", "accounts", "affairs", "of") || p.tok(end) == nil || p.toks[end].kind != tWord || p.hyphen(end) {
			return 0, sem{}
		}
		if p.is(i-1, "the", "a") && p.is(end, "president", "government", "leader", "minister", "chairman", "administration") {
			return i + 1, sem{kind: kRef, value: v}
		}
	case "recent":
		if p.is(i-1, "most") {
			return 0, sem{}
		}
	case "now":
		if p.is(i-1, "from", "right") {
			return 0, sem{}
		}
	case "soon", "shortly":
		if p.is(end, "after", "before", "thereafter", "afterwards", "as", "enough") || p.is(i-1, "as", "how", "too") {
			return 0, sem{}
		}
	case "the":
		if p.toks[end-1].low == "past" || p.toks[end-1].low == "future" || p.toks[end-1].low == "present" {
			if p.is(end, "tense", "perfect") {
				return 0, sem{}
			}
		}
	}
	if strings.HasPrefix(v, "P") && !strings.HasSuffix(v, "_REF") {
		// a duration of unknown length: "over the years", "for a while"
		// (not "the years 1990 to 1995")
		if nx := p.tok(end); nx != nil && nx.kind == tNum {
			return 0, sem{}
		}
		return end, sem{kind: kDuration, value: v}
	}
	return end, sem{kind: kRef, value: v}
}

// endedQuarter reads "ended Sept. 30" after "the quarter": the quarter that
// ends on that date.
func (p *parser) endedQuarter(i int) (sem, bool) {
	if !p.is(i, "ended", "ending", "ends", "through") {
		return sem{}, false
	}
	e, d := p.mMonthDate(i + 1)
	if e <= i+1 || d.day == 0 {
		return sem{}, false
	}
	// the quarter that ends on the date mostly lies in the calendar quarter
	// 45 days before it (a fiscal quarter ended July 31 is May–July: Q2)
	m := d.month
	if d.day < 15 {
		m--
	}
	m -= 1
	if m < 1 {
		m += 12
	}
	s := sem{kind: kPoint, quarter: (m-1)/3 + 1, grain: gQuarter, anchor: anNear}
	if d.year != 0 {
		s.year, s.anchor = d.year, anAbs
	}
	return s, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
