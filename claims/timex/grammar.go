package timex

import (
	"strings"
)

// parser matches temporal expressions over a token slice. Each matcher looks
// at token i and returns the index after its match (0 when nothing matched)
// and the meaning. The longest match at a position wins.
type parser struct {
	toks []token
}

type match struct {
	start, end int // token indices, end exclusive
	s          sem
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// is reports whether token i is one of words (lower-case).
func (p *parser) is(i int, words ...string) bool {
	t := p.tok(i)
	if t == nil {
		return false
	}
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// attached reports whether token i follows token i-1 with no space and no
// line break.
func (p *parser) attached(i int) bool {
	t := p.tok(i)
	return t != nil && i > 0 && !t.space
}

// punct reports whether token i is the punctuation c.
func (p *parser) punct(i int, c string) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && t.low == c
}

// sameLine reports whether token i exists and does not start a new line.
func (p *parser) sameLine(i int) bool {
	t := p.tok(i)
	return t != nil && !t.nl
}

// hyphen reports whether tokens i-1, i, i+1 are joined by a hyphen with no
// spaces ("third-quarter", "mid-March").
func (p *parser) hyphen(i int) bool {
	return p.punct(i, "-") && p.attached(i) && p.attached(i+1)
}

// matchAt returns the longest expression starting at token i.
func (p *parser) matchAt(i int) (match, bool) {
	t := p.tok(i)
	if t == nil || t.kind == tPunct && t.low != "'" {
		return match{}, false
	}
	best := match{}
	try := func(end int, s sem) {
		if end > best.end {
			best = match{start: i, end: end, s: s}
		}
	}
	for _, f := range matchers {
		if end, s := f(p, i); end > i {
			try(end, s)
		}
	}
	// "the next year or so", "over the next two years or so": approximately
	if best.end > i && best.s.kind != kSet && p.is(best.end, "or") && p.is(best.end+1, "so") && p.sameLine(best.end+1) {
		best.end += 2
		if best.s.mod == "" {
			best.s.mod = "APPROX"
		}
	}
	return best, best.end > i
}

type matcher func(p *parser, i int) (int, sem)

var matchers []matcher

func init() {
	matchers = []matcher{
		(*parser).mPointMod,
		(*parser).mQuantMod,
		(*parser).mPoint,
		(*parser).mDuration,
		(*parser).mSet,
		(*parser).mRef,
	}
}

// ---------------------------------------------------------------- modifiers

// mPointMod: "late 2024", "early next year", "mid-March", "the end of the
// year", "later that year", "earlier this month".
func (p *parser) mPointMod(i int) (int, sem) {
	mw, j, ok := modifiers.match(p.toks, i)
	if !ok || mw.kind != "point" {
		return 0, sem{}
	}
	if p.hyphen(j) { // mid-March, late-November
		j++
	} else if !p.sameLine(j) {
		return 0, sem{}
	}
	first := p.toks[i].low
	if first == "earlier" || first == "later" {
		// only before a deictic or anaphoric unit: "earlier this month", "later that year"
		if !p.is(j, "this", "that", "next", "last", "the") {
			return 0, sem{}
		}
	}
	end, s := p.mPoint(j)
	if end <= j {
		return 0, sem{}
	}
	if s.kind != kPoint || s.grain < gYear && s.grain != gDecade && s.grain != gCentury {
		return 0, sem{}
	}
	if s.clock {
		return 0, sem{}
	}
	if s.mod == "" {
		s.mod = mw.mod
	}
	return end, s
}

// mQuantMod: "less than four months", "over a decade", "about two years ago",
// "around 1990".
func (p *parser) mQuantMod(i int) (int, sem) {
	mw, j, ok := modifiers.match(p.toks, i)
	if !ok || mw.kind != "quant" || !p.sameLine(j) {
		return 0, sem{}
	}
	if p.is(j, "the", "this", "that", "these", "those", "recent", "past", "coming") {
		return 0, sem{} // "over the past decade": a preposition, not an amount
	}
	end, s := p.mDuration(j)
	if end > j {
		if s.kind == kDuration || s.kind == kPoint && s.anchor == anPub && s.n != 0 {
			s.mod = mw.mod
			// "about two years ago": TimeML gives the amount (P2Y, APPROX);
			// the interval still says when. "nearly/almost four years ago"
			// falls short of an amount: the date (1994), as TimeML writes it
			s.asDuration = s.kind == kPoint && s.value != "" && !p.is(i, "nearly", "almost")
			return end, s
		}
		return 0, sem{}
	}
	if mw.mod == "APPROX" && p.toks[i].low != "some" {
		end, s = p.mPoint(j)
		if end > j && s.kind == kPoint && !s.clock && (s.anchor == anAbs || s.month != 0 || s.mod == "END" && s.anchor == anPub) {
			s.mod = mw.mod
			return end, s
		}
	}
	return 0, sem{}
}

// ---------------------------------------------------------------- points

func (p *parser) mPoint(i int) (int, sem) {
	best, bs := 0, sem{}
	for _, f := range pointMatchers {
		if end, s := f(p, i); end > best {
			best, bs = end, s
		}
	}
	return best, bs
}

var pointMatchers []matcher

func init() {
	pointMatchers = []matcher{
		(*parser).mISO,
		(*parser).mSlashDate,
		(*parser).mMonthDate,
		(*parser).mDayMonth,
		(*parser).mWeekday,
		(*parser).mYear,
		(*parser).mQuarter,
		(*parser).mSeason,
		(*parser).mDeictic,
		(*parser).mAnaphor,
		(*parser).mClock,
		(*parser).mHoliday,
		(*parser).mRangeDay,
	}
}

// mISO: 2026-01-28 (and 2026-01).
func (p *parser) mISO(i int) (int, sem) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.end-t.start != 4 || p.attached(i) && !p.punct(i-1, "(") {
		return 0, sem{}
	}
	y := t.num
	if !p.hyphen(i+1) || !p.isNumLen(i+2, 2) {
		return 0, sem{}
	}
	m := p.toks[i+2].num
	if m < 1 || m > 12 {
		return 0, sem{}
	}
	if p.hyphen(i+3) && p.isNumLen(i+4, 2) {
		d := p.toks[i+4].num
		if validDay(y, m, d) && !p.attached(i+5) || p.punct(i+5, ".") || p.punct(i+5, ",") || p.punct(i+5, ")") || p.is(i+5, "t") {
			if validDay(y, m, d) {
				return i + 5, sem{kind: kPoint, year: y, month: m, day: d, grain: gDay}
			}
		}
		return 0, sem{}
	}
	if p.attached(i+3) && !p.punct(i+3, ".") && !p.punct(i+3, ",") && !p.punct(i+3, ")") {
		return 0, sem{}
	}
	if m == (y+1)%100 {
		return 0, sem{} // "the 2006-07 season": two years, not July 2006
	}
	return i + 3, sem{kind: kPoint, year: y, month: m, grain: gMonth}
}

func (p *parser) isNumLen(i, n int) bool {
	t := p.tok(i)
	return t != nil && t.kind == tNum && t.end-t.start == n
}

// mSlashDate: 1/28/2026 or 01/28/26 (US order; the other order is kept as
// an alternative when both read as dates).
func (p *parser) mSlashDate(i int) (int, sem) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || p.attached(i) || t.end-t.start > 2 {
		return 0, sem{}
	}
	if !(p.punct(i+1, "/") && p.attached(i+1) && p.attached(i+2) && p.tok(i+2) != nil && p.toks[i+2].kind == tNum &&
		p.punct(i+3, "/") && p.attached(i+3) && p.attached(i+4) && p.tok(i+4) != nil && p.toks[i+4].kind == tNum) {
		return 0, sem{}
	}
	if p.attached(i+5) && (p.punct(i+5, "/") || p.tok(i+5).kind != tPunct) {
		return 0, sem{}
	}
	m, d, yt := t.num, p.toks[i+2].num, p.toks[i+4]
	y := yt.num
	switch yt.end - yt.start {
	case 2:
		y += 1900
		if y < 1950 {
			y += 100
		}
	case 4:
	default:
		return 0, sem{}
	}
	if !validDay(y, m, d) {
		if validDay(y, d, m) {
			m, d = d, m
		} else {
			return 0, sem{}
		}
	}
	return i + 5, sem{kind: kPoint, year: y, month: m, day: d, grain: gDay}
}

// monthAt reads a month name at i: full names need a capital (or an
// all-capitals text), abbreviations may carry a full stop. It returns the
// month and the index after it (and after the stop), and whether it was an
// abbreviation.
func (p *parser) monthAt(i int) (m, end int, abbr bool) {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return 0, 0, false
	}
	m, ok := months[t.low]
	if !ok || !t.cap {
		return 0, 0, false
	}
	end = i + 1
	abbr = len(t.low) <= 4 && t.low != "june" && t.low != "july" && t.low != "may"
	if abbr && p.punct(end, ".") && p.attached(end) {
		end++
	}
	return m, end, abbr
}

// dayNum reads a day of the month: "28", "28th", "1st".
func (p *parser) dayNum(i int) (d, end int) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.end-t.start > 2 || t.num < 1 || t.num > 31 {
		return 0, 0
	}
	end = i + 1
	if p.attached(end) && p.is(end, "st", "nd", "rd", "th") {
		end++
	}
	// not a day when a number continues it: 28,000 or 28.5 or 28-26 or 28:00
	if p.attached(end) && (p.punct(end, ",") || p.punct(end, ".") || p.punct(end, ":") || p.punct(end, "-") || p.punct(end, "/")) && p.attached(end+1) && p.tok(end+1).kind == tNum {
		return 0, 0
	}
	if p.attached(end) && (p.punct(end, "%") || p.tok(end).kind == tWord) {
		return 0, 0
	}
	return t.num, end
}

// dayRangeStart reads the first day of "24-25" (a later day of at most 31
// after a hyphen) at i.
func (p *parser) dayRangeStart(i int) (d, end int) {
	t, n := p.tok(i), p.tok(i+2)
	if t == nil || n == nil || t.kind != tNum || n.kind != tNum || t.end-t.start > 2 || n.end-n.start > 2 ||
		!p.punct(i+1, "-") || t.num < 1 || n.num <= t.num || n.num > 31 {
		return 0, 0
	}
	return t.num, i + 1
}

// mRangeDay: the second day of "April 24 and 25", "May 3-4", "June 1 to 3".
func (p *parser) mRangeDay(i int) (int, sem) {
	d, end := p.dayNum(i)
	if d == 0 || !p.sameLine(i) {
		return 0, sem{}
	}
	k := i - 1
	if !p.is(k, "and", "to", "through", "or", "-") {
		return 0, sem{}
	}
	k--
	if p.is(k, "st", "nd", "rd", "th") && p.attached(k) {
		k--
	}
	first := p.tok(k)
	if first == nil || first.kind != tNum || first.num >= d || first.end-first.start > 2 {
		return 0, sem{}
	}
	m, _, _ := p.monthAt(k - 1)
	if m == 0 {
		if p.punct(k-1, ".") {
			m, _, _ = p.monthAt(k - 2)
		}
		if m == 0 {
			return 0, sem{}
		}
	}
	if p.countNoun(end) || p.tok(end) != nil && p.toks[end].kind == tWord && units[p.toks[end].low].code != "" {
		return 0, sem{} // "May 3 and 4 percent", "June 1 to 3 years"
	}
	if !validDay(2000, m, d) {
		return 0, sem{}
	}
	s := sem{kind: kPoint, month: m, day: d, grain: gDay, anchor: anNear}
	return p.yearAfterDay(&s, end), s
}

// yearAfterDay takes the year that may follow a day and month at end
// ("April 24, 2025", "24 April 2025") into s and returns the end of the
// expression, less a full stop that closes the sentence.
func (p *parser) yearAfterDay(s *sem, end int) int {
	y0 := end
	if p.punct(y0, ",") {
		y0++
	}
	if y, ye := p.yearNum(y0); y > 0 && p.sameLine(y0) && !p.countNoun(ye) {
		s.year, s.anchor, end = y, anAbs, ye
	}
	if p.punct(end-1, ".") {
		end--
	}
	return end
}

// yearNum reads a four-digit year at i (1000–2099), or "'98" for 1998.
func (p *parser) yearNum(i int) (y, end int) {
	t := p.tok(i)
	if t == nil {
		return 0, 0
	}
	if t.kind == tNum && t.end-t.start == 4 && t.num >= 1000 && t.num < 2100 {
		// not part of a bigger number or code: 2015,000 or 555-2015 or 2015.5
		if p.attached(i+1) && (p.punct(i+1, ",") || p.punct(i+1, ".") || p.punct(i+1, "-") || p.punct(i+1, "/") || p.punct(i+1, ":")) && p.tok(i+2) != nil && p.toks[i+2].kind == tNum && p.attached(i+2) {
			if !(p.punct(i+1, "-") && p.toks[i+2].end-p.toks[i+2].start == 2) { // 1998-99 is a year range
				return 0, 0
			}
		}
		if p.attached(i+1) && (p.punct(i+1, "%") || p.toks[i+1].kind == tWord && p.toks[i+1].low != "s") {
			return 0, 0
		}
		if p.codePart(i) {
			return 0, 0 // "CVE - 2013 - 3893"
		}
		if t.num < 1500 && !p.is(i-1, "in", "since", "from", "by", "until", "before", "after", "year", "of", "around", "circa") {
			return 0, 0 // "up to 1000 charges": a count; news names early years after a preposition
		}
		if p.attached(i) {
			if prev := p.tok(i - 1); prev.kind == tNum || prev.kind == tPunct && strings.Contains("-/:.,$#", prev.low) && p.attached(i-1) && p.tok(i-2) != nil && p.toks[i-2].kind == tNum {
				return 0, 0
			}
			if prev := p.tok(i - 1); prev.low == "$" || prev.low == "#" {
				return 0, 0
			}
		}
		return t.num, i + 1
	}
	if t.low == "'" && p.isNumLen(i+1, 2) && p.attached(i+1) && (!p.attached(i+2) || p.tok(i+2) != nil && p.tok(i+2).kind == tPunct && strings.Contains(",.;:)", p.tok(i+2).low)) {
		if n := p.tok(i + 2); n != nil && n.kind == tWord && n.cap {
			return 0, 0 // "'60 Minutes"
		}
		// "'98" is 1998, "'09" 2009: a year written short is within a few
		// decades of the writing, and news with "'09" is of this century
		y := 1900 + p.toks[i+1].num
		if p.toks[i+1].num < 30 {
			y = 2000 + p.toks[i+1].num
		}
		return y, i + 2
	}
	// years in words: "nineteen ninety-six", "the year two thousand"
	if t.low == "nineteen" || t.low == "eighteen" {
		if a, e := p.amountAt(i + 1); e > 0 && !a.article && !a.fuzzy && !a.half && a.n >= 10 && a.n <= 99 {
			return numbers[t.low].val*100 + a.n, e
		}
	}
	if t.low == "two" && p.is(i+1, "thousand") && p.is(i-1, "year", "in", "by", "since", "until") {
		if a, e := p.amountAt(i); e > 0 && a.n >= 2000 && a.n < 2100 {
			return a.n, e
		}
	}
	return 0, 0
}

// countNoun reports whether the word at i makes the number before it a count
// ("2015 people"), not a year.
func (p *parser) countNoun(i int) bool {
	t := p.tok(i)
	return t != nil && t.kind == tWord && !t.cap && countNouns[t.low]
}

var countNouns = map[string]bool{}

func init() {
	for _, l := range readData("counts.txt") {
		countNouns[l] = true
	}
}

// weekdayPrefix reads "Wednesday," or "Wed.," before a date; it returns the
// weekday and the index after the separator.
func (p *parser) weekdayPrefix(i int) (wd, end int) {
	t := p.tok(i)
	if t == nil || t.kind != tWord || !t.cap {
		return 0, 0
	}
	w, ok := weekdays[t.low]
	if !ok {
		return 0, 0
	}
	end = i + 1
	if p.punct(end, ".") && p.attached(end) {
		end++
	}
	if p.punct(end, ",") {
		end++
	}
	if !p.sameLine(end) {
		return 0, 0
	}
	return w.wd, end
}

// mMonthDate: "January 28, 2026", "Jan. 28", "Wednesday, January 28",
// "January 2026", "January of 2026", "October", "the January 2026".
func (p *parser) mMonthDate(i int) (int, sem) {
	wd, j := p.weekdayPrefix(i)
	if wd == 0 {
		j = i
	}
	m, k, abbr := p.monthAt(j)
	if m == 0 {
		return 0, sem{}
	}
	s := sem{kind: kPoint, month: m, grain: gMonth, anchor: anNear}
	end := k
	d, e := p.dayNum(k)
	if d == 0 && p.sameLine(k) {
		d, e = p.dayRangeStart(k) // "April 24-25": the first day
	}
	if d > 0 && p.sameLine(k) {
		s.day, s.grain, end = d, gDay, e
		// year: ", 2026" or " 2026"
		y0 := e
		if p.punct(y0, ",") {
			y0++
		}
		if y, ye := p.yearNum(y0); y > 0 && p.sameLine(y0) && !p.countNoun(ye) {
			s.year, end = y, ye
		}
		if !validDay(2000, m, d) { // Feb 30
			return 0, sem{}
		}
	} else if y, ye := p.yearNum(k); y > 0 && p.sameLine(k) && !p.countNoun(ye) {
		s.year, end = y, ye
	} else if y, ye := p.yearNum(k + 1); y > 0 && p.punct(k, ",") && p.sameLine(k+1) && !p.countNoun(ye) && !abbr {
		s.year, end = y, ye // "July, 2008"
	} else if p.is(k, "of") {
		if y, ye := p.yearNum(k + 1); y > 0 {
			s.year, end = y, ye
		} else if p.is(k+1, "this", "last", "next") && p.is(k+2, "year") {
			// "January of last year": resolve like "last year" then set the month
			s.anchor, s.unit, s.n = anPub, gYear, map[string]int{"this": 0, "last": -1, "next": 1}[p.toks[k+1].low]
			end = k + 3
		}
	} else if p.is(k, "last", "this", "next") && p.is(k+1, "year") && p.sameLine(k) {
		// "July last year"
		s.anchor, s.unit, s.n = anPub, gYear, map[string]int{"this": 0, "last": -1, "next": 1}[p.toks[k].low]
		end = k + 2
	} else {
		// a bare month name
		if wd != 0 || abbr || !p.bareMonthOK(i, m) {
			return 0, sem{}
		}
	}
	if wd != 0 && s.day == 0 {
		return 0, sem{}
	}
	s.weekday = wd
	if s.year != 0 && s.anchor == anNear {
		s.anchor = anAbs
	}
	if s.anchor == anNear && s.day == 0 && p.is(i-1, "by", "until", "till", "before") {
		s.dir = 1 // "by August": a deadline ahead
	}
	// "Jan. 28" with a final full stop that ends the sentence: keep the stop out
	if end > 0 && p.punct(end-1, ".") && end-1 >= k && p.tok(end-1) != nil {
		end--
	}
	return end, s
}

// bareMonthOK decides whether a month name with no day or year is a date:
// "may" and "march" are also a verb and a noun, so they need a date-like
// word before them; any month needs a capital and not to be part of a name.
func (p *parser) bareMonthOK(i, m int) bool {
	t := p.toks[i]
	prev := p.tok(i - 1)
	datePrep := prev != nil && bareMonthPreps[prev.low]
	if p.is(i-1, "the", "a", "an") {
		// "the March accession" is a date, "the March on Washington" is not
		n := p.tok(i + 1)
		return n != nil && n.kind == tWord && !n.cap && !n.nl && !nounAfterMonthStop[n.low]
	}
	if t.low == "may" || t.low == "march" {
		if !datePrep {
			return false
		}
		// "in May" yes; "may" after "in" but before a verb is rare enough
	}
	// a month followed by a capitalized word is usually a name ("June Carter")
	if n := p.tok(i + 1); n != nil && n.kind == tWord && n.cap && !n.nl && !datePrep {
		if _, isMonth := months[n.low]; !isMonth {
			return false
		}
	}
	if prev != nil && prev.kind == tWord && prev.cap && !datePrep && !prev.nl && i > 0 && !sentenceStartAt(p, i-1) {
		return false // "Theresa May", "Queen June"
	}
	if p.is(i-1, "the", "a", "an") {
		// "the March accession" is a date, "the March on Washington" is not
		n := p.tok(i + 1)
		return n != nil && n.kind == tWord && !n.cap && !n.nl && !nounAfterMonthStop[n.low]
	}
	return true
}

// sentenceStartAt reports whether token i opens a sentence or line.
func sentenceStartAt(p *parser, i int) bool {
	t := p.tok(i)
	if t == nil {
		return false
	}
	if t.nl || i == 0 {
		return true
	}
	return p.toks[i-1].kind == tPunct && strings.Contains(".!?\"", p.toks[i-1].low)
}

var nounAfterMonthStop = map[string]bool{"of": true, "on": true, "to": true, "for": true, "and": true, "or": true, "in": true, "through": true, "from": true, "against": true}

var bareMonthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true, "from": true,
	"through": true, "last": true, "next": true, "this": true, "early": true, "late": true, "mid": true,
	"of": true, "before": true, "after": true, "between": true, "and": true, "or": true, "to": true,
	"each": true, "every": true, "that": true, "-": true, "around": true, "throughout": true, "on": true,
	"for": true, "end": true, "beginning": true, "middle": true, "start": true,
}

// mDayMonth: "28 January 2026", "the 28th of January", "28 Jan".
func (p *parser) mDayMonth(i int) (int, sem) {
	wd, j := p.weekdayPrefix(i)
	if wd == 0 {
		j = i
	}
	if p.is(j, "the") {
		j++
	}
	d, k := p.dayNum(j)
	if d == 0 || !p.sameLine(k) {
		return 0, sem{}
	}
	if p.is(k, "of") {
		k++
	}
	m, e, _ := p.monthAt(k)
	if m == 0 || !validDay(2000, m, d) {
		return 0, sem{}
	}
	s := sem{kind: kPoint, month: m, day: d, weekday: wd, grain: gDay, anchor: anNear}
	return p.yearAfterDay(&s, e), s
}

// mWeekday: "Wednesday", "Wednesday night", "Friday morning", "last
// Wednesday" is in mDeictic.
func (p *parser) mWeekday(i int) (int, sem) {
	t := p.tok(i)
	if t == nil || t.kind != tWord || !t.cap {
		return 0, sem{}
	}
	w, ok := weekdays[t.low]
	if !ok || w.abbr {
		return 0, sem{}
	}
	if p.attached(i+1) && p.is(i+1, "s") {
		return 0, sem{} // "Monday's" is fine, "Mondays" is a word of its own
	}
	if p.is(i+1, "of") && p.is(i+2, "each", "every") {
		return 0, sem{} // "the second Tuesday of each month": a set, no one day
	}
	s := sem{kind: kPoint, weekday: w.wd, grain: gDay, anchor: anNear}
	end := i + 1
	if part, ok := dayparts[p.tokLow(end)]; ok && len(part) == 2 && p.sameLine(end) {
		s.part, s.grain = part, gPartOfDay
		end++
	}
	return end, s
}

func (p *parser) tokLow(i int) string {
	if t := p.tok(i); t != nil {
		return t.low
	}
	return ""
}

// mYear: "2015", "the 1990s", "mid-1990s" (with mPointMod), "fiscal 1998",
// "FY1998", "the year 2000", "the 20th century".
func (p *parser) mYear(i int) (int, sem) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	fiscal := false
	if p.is(j, "fiscal") {
		fiscal = true
		j++
		if p.is(j, "year") {
			j++
		}
	} else if p.is(j, "fy") && p.tok(j).upper {
		fiscal = true
		j++
	} else if the && p.is(j, "year") && p.tok(j+1) != nil && p.toks[j+1].kind == tNum {
		j++
	}
	if p.tok(j) != nil && p.toks[j].kind == tNum && fiscal && p.toks[j].end-p.toks[j].start == 2 {
		y := 1900 + p.toks[j].num
		if y < 1950 {
			y += 100
		}
		return j + 1, sem{kind: kPoint, year: y, grain: gYear}
	}
	y, end := p.yearNum(j)
	if y == 0 {
		// decades written in words are rare in news; centuries: "the 20th century"
		if d, e := p.ordinalAt(j); d > 0 && p.is(e, "century") && d <= 21 {
			return e + 1, sem{kind: kPoint, century: d - 1, grain: gCentury}
		}
		return 0, sem{}
	}
	// decades: 1990s, '90s
	if p.attached(end) && p.is(end, "s") {
		if y%10 != 0 {
			return 0, sem{}
		}
		return end + 1, sem{kind: kPoint, decade: y / 10, grain: gDecade}
	}
	if p.attached(end) && p.punct(end, "'") && p.is(end+1, "s") && p.attached(end+1) && y%10 == 0 {
		return end + 2, sem{kind: kPoint, decade: y / 10, grain: gDecade}
	}
	if the && !fiscal && !p.is(i+1, "year") {
		return 0, sem{} // "the 1988 period": the year alone is matched one token later
	}
	if !fiscal && p.countNoun(end) {
		return 0, sem{}
	}
	if prev := p.tok(i - 1); !fiscal && !the && prev != nil && prev.kind == tWord && prev.cap && !prev.upper && !sentenceStartAt(p, i-1) && !prev.nl {
		if _, m := months[prev.low]; !m && seasons[prev.low] == "" {
			return 0, sem{} // a name: "Euro 2024", "Orion 1980"
		}
	}
	if !fiscal && y < 1900 && !p.is(i-1, "in", "since", "of", "by", "until", "from", "to", "during", "before", "after", "year", "circa", "around", "between", "and", "early", "late", "mid", "-") {
		return 0, sem{}
	}
	// numbers in a run of numbers are not years ("1998 1999 2000" tables are, but
	// "2010 to 2015" is fine): reject "2015 - 555" handled in yearNum.
	return end, sem{kind: kPoint, year: y, grain: gYear, fiscal: fiscal}
}
