package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/crosscheck/crosscheck/corpus"
)

// bareMonthReach is how far back a month named without its year reaches
// when told as past: writers drop the year for recent months ("In July"),
// not for ones more than a few months old.
const bareMonthReach = 6 // months

// yearReach is how far back such a month reaches when the writer also names
// upcoming dates without their year: less than a year (the nearest fit).
const yearReach = 11 // months

// weekdayReach is how far a weekday name reaches from the moment of
// writing: news names the weekday for days within a week (AP style).
const weekdayReach = 7 // days

// Infer infers the publication date of a from its resolved expressions tx
// (resolved without a publication date: only what the text fixes by itself
// has a value). The evidence, strongest first:
//
//  1. a date that opens the article or its dateline ("MOSCOW, Jan 28 -"),
//  2. a weekday named with its date ("on Wednesday, January 28"): news names
//     weekdays within a week of writing, so the article is from that week,
//  3. a dated event spoken of as current or upcoming ("the January 2026
//     meeting comes at a time..."): the article is from that month,
//  4. bounds: dates told as past come before the article, dates told as
//     future after it; a month named without its year and told as past
//     ("In July") is within a few months before it, and later than the
//     dated past events; one told as upcoming is after it (and then the
//     past ones reach back up to a year).
//
// The result has Source "text", a value at the grain the evidence justifies,
// and the interval it supports; it is empty when nothing is known.
func Infer(a *corpus.Article, tx []Timex) Published {
	var lo, hi time.Time // bounds from tense: lo <= pub < hi
	var loWhy, hiWhy string
	raise := func(t time.Time, why string) {
		if lo.IsZero() || t.After(lo) {
			lo, loWhy = t, why
		}
	}
	lower := func(t time.Time, why string) {
		if hi.IsZero() || t.Before(hi) {
			hi, hiWhy = t, why
		}
	}
	q := func(x *Timex) string { return fmt.Sprintf("%q", x.Text) }

	// 1. a date line or dateline
	for i := range tx {
		x := &tx[i]
		d, ok := parseDay(x.Value)
		if !ok || x.Anchor != "absolute" && !(x.sem.anchor == anNear && x.sem.weekday != 0 && x.sem.day != 0) {
			continue
		}
		if opensArticle(a, x, tx) {
			return Published{
				Value: d.Format("2006-01-02"), Interval: Interval{d, d.AddDate(0, 0, 1)}, Source: "text",
				Evidence: fmt.Sprintf("the article opens with the date %s", q(x)),
			}
		}
	}

	// 4. bounds from dates told as past or future (explicit years first)
	fine := false // the latest dated past names its month ("in March 2011")
	// a value told both as past and as upcoming ("to host the Oscars in
	// 2014" ... "for the 2014 show, she follows"): the tense of one of them
	// is misread, so neither bounds the article
	tensesOf := map[string]int{}
	for i := range tx {
		if x := &tx[i]; x.sem.kind == kPoint && x.Anchor == "absolute" && (x.tense == tensePast || x.tense == tenseFuture) {
			tensesOf[x.Value] |= 1 << (x.tense + 1)
		}
	}
	for i := range tx {
		x := &tx[i]
		if x.sem.kind != kPoint || x.Anchor != "absolute" || x.Interval.IsZero() || tensesOf[x.Value] == 1<<0|1<<2 {
			continue
		}
		switch x.tense {
		case tensePast:
			if lo.IsZero() || x.Interval.Begin.After(lo) {
				fine = x.sem.grain >= gMonth
			}
			raise(x.Interval.Begin, fmt.Sprintf("%s is told as past", q(x)))
		case tenseFuture:
			lower(x.Interval.End, fmt.Sprintf("%s is told as upcoming", q(x)))
		}
	}
	if !lo.IsZero() && !hi.IsZero() && !hi.After(lo) {
		// the dates contradict each other ("June 1972" told as upcoming in a
		// story of 2005: a narrative's future): they bound nothing
		lo, hi, loWhy, hiWhy = time.Time{}, time.Time{}, "", ""
	}
	// 2. weekday + date pairs (before the months without a year: a weekday
	// named with its date outweighs a month fitted after the dated past,
	// "checked in on Tuesday, December 9, 2008 ... an October interview")
	for i := range tx {
		x := &tx[i]
		s := x.sem
		if s.kind != kPoint || s.weekday == 0 || s.day == 0 {
			continue
		}
		d, ok := parseDay(x.Value)
		if !ok {
			continue
		}
		b, e := d.AddDate(0, 0, -weekdayReach+1), d.AddDate(0, 0, weekdayReach)
		how := "named with its weekday"
		switch x.tense {
		case tensePast:
			b = d
			how = "told as past with its weekday"
		case tenseFuture:
			e = d.AddDate(0, 0, 1)
			how = "told as upcoming with its weekday"
		}
		year := ""
		if s.year == 0 {
			year = fmt.Sprintf(" (%s is a %s in %d)", d.Format("January 2"), d.Weekday(), d.Year())
		}
		if !lo.IsZero() && e.Before(lo) || !hi.IsZero() && !b.Before(hi) {
			continue // contradicts the bounds: skip it
		}
		return Published{
			Value: d.Format("2006-01-02"), Interval: Interval{b, e}, Source: "text",
			Evidence: fmt.Sprintf("%s is %s%s; news names weekdays within a week of writing", q(x), how, year),
		}
	}

	// months and days named without a year ("In July", "on May 12"): each
	// is the nearest fit after the dated past. One told as past is before
	// the article and, since writers drop the year for recent dates, at most
	// bareMonthReach months old. One told as upcoming ("a rally on Feb. 3")
	// is after the article. When the article names undated dates on both
	// sides, its writer drops the year for dates up to a year away, so the
	// six months do not hold: a past one is then less than a year old, and
	// the value is only what the whole interval shares.
	wide := false
	for i := range tx {
		if undatedMonth(&tx[i]) && tx[i].tense == tenseFuture {
			wide = true
		}
	}
	reach, reachWhy := bareMonthReach, fmt.Sprintf("at most %d months old", bareMonthReach)
	if wide {
		reach, reachWhy = yearReach, "less than a year old (the article names undated dates as upcoming too)"
	}
	for pass := range 2 {
		for i := range tx {
			x := &tx[i]
			s := x.sem
			want := tensePast
			if pass == 1 {
				want = tenseFuture
			}
			if lo.IsZero() || !fine || !undatedMonth(x) || x.tense != want {
				// a bare month is fitted after the dated past only when that
				// past names its month: a year told as past ("in 2006 a
				// movie", "the 1970s") is background of a story of any later
				// year, and "2 December" fitted after it dates an obituary of
				// 2008 in 2006
				continue
			}
			// the first such month from the dated past on
			y := lo.Year()
			if date(y, s.month, 1).Before(trunc(lo, gMonth)) {
				y++
			}
			b := date(y, s.month, 1)
			e := b.AddDate(0, 1, 0)
			if s.day != 0 {
				if !validDay(y, s.month, s.day) {
					continue
				}
				b = date(y, s.month, s.day)
				e = b.AddDate(0, 0, 1)
			}
			if pass == 1 {
				lower(e, fmt.Sprintf("%s is told as upcoming and named without a year, so it is the %s after %s", q(x), b.Format("January 2006"), lo.Format("2 January 2006")))
				continue
			}
			why := fmt.Sprintf("%s is told as past and named without a year, so it is the %s after %s", q(x), b.Format("January 2006"), strings.TrimSuffix(loWhy, " is told as past"))
			raise(b, why)
			lower(date(y, s.month, 1).AddDate(0, reach+1, 0), fmt.Sprintf("a month named without its year (%s) is %s", q(x), reachWhy))
		}
	}

	// 3. a dated event spoken of as current or upcoming: "the January 2026 meeting"
	for i := range tx {
		x := &tx[i]
		s := x.sem
		if s.kind != kPoint || x.Anchor != "absolute" || s.grain != gMonth && s.grain != gDay || x.tense == tensePast {
			continue
		}
		if !eventModifier(a, x) {
			continue
		}
		iv := span(trunc(x.Interval.Begin, gMonth), gMonth)
		if !lo.IsZero() && !iv.End.After(lo) || !hi.IsZero() && !iv.Begin.Before(hi) {
			continue
		}
		tense := "as current"
		if x.tense == tenseFuture {
			tense = "as upcoming"
		}
		return Published{
			Value: format(iv.Begin, gMonth, ""), Interval: iv, Source: "text",
			Evidence: fmt.Sprintf("the event %s is spoken of %s", q(&Timex{Text: a.Text[x.Start:eventEnd(a, x)]}), tense),
		}
	}

	if lo.IsZero() && hi.IsZero() || !lo.IsZero() && !hi.IsZero() && !hi.After(lo) {
		return Published{}
	}
	iv := Interval{lo, hi}
	p := Published{Interval: iv, Source: "text"}
	switch {
	case !lo.IsZero() && !hi.IsZero():
		p.Value = grainValue(iv)
		if wide {
			p.Value = sharedValue(iv)
		}
		p.Evidence = fmt.Sprintf("after %s (%s) and before %s (%s)", lo.Format("2 January 2006"), loWhy, hi.Format("2 January 2006"), hiWhy)
	case !lo.IsZero():
		p.Evidence = fmt.Sprintf("on or after %s: %s", lo.Format("2 January 2006"), loWhy)
	default:
		p.Evidence = fmt.Sprintf("before %s: %s", hi.Format("2 January 2006"), hiWhy)
	}
	return p
}

// undatedMonth reports whether x is a month or a day of the month named
// without its year and without a direction of its own ("In July", "on May 12").
func undatedMonth(x *Timex) bool {
	s := x.sem
	return s.kind == kPoint && s.anchor == anNear && s.month != 0 && s.weekday == 0 && s.dir == 0
}

// sharedValue gives the value of the finest unit (day, month, year) that
// holds the whole interval, or "".
func sharedValue(iv Interval) string {
	if !iv.End.After(iv.Begin) {
		return ""
	}
	last := iv.End.Add(-time.Nanosecond)
	for _, g := range []grain{gDay, gMonth, gYear} {
		if t := trunc(iv.Begin, g); t.Equal(trunc(last, g)) {
			return format(t, g, "")
		}
	}
	return ""
}

// grainValue gives the value of an interval at the finest grain (day, month,
// year) whose best unit covers at least three quarters of it.
func grainValue(iv Interval) string {
	total := iv.End.Sub(iv.Begin)
	if total <= 0 {
		return ""
	}
	for _, g := range []grain{gDay, gMonth, gYear} {
		best, bestT := time.Duration(0), time.Time{}
		for t := trunc(iv.Begin, g); t.Before(iv.End); t = add(t, 1, g) {
			u := span(t, g)
			b, e := maxT(u.Begin, iv.Begin), minT(u.End, iv.End)
			if d := e.Sub(b); d > best {
				best, bestT = d, t
			}
		}
		if best*4 >= total*3 {
			return format(bestT, g, "")
		}
	}
	return ""
}

func maxT(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minT(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// opensArticle reports whether x is the date line of the article: inside
// its dateline, or nearly all of one of its first lines.
func opensArticle(a *corpus.Article, x *Timex, tx []Timex) bool {
	if a.Dateline != nil && x.Start >= a.Dateline.Start && x.End <= a.Dateline.End {
		return true
	}
	seen := 0
	for _, b := range a.Blocks {
		if b.Kind == corpus.FrontMatter || b.Kind == corpus.Furniture {
			continue
		}
		seen++
		if seen > 5 {
			break // a headline may take three or four lines before its date line
		}
		if x.Start >= b.Start && x.End <= b.End {
			// the line without its dates and times and the words of a date line
			var rest strings.Builder
			at := b.Start
			for i := range tx {
				if tx[i].Start >= at && tx[i].End <= b.End {
					rest.WriteString(a.Text[at:tx[i].Start])
					rest.WriteByte(' ')
					at = tx[i].End
				}
			}
			rest.WriteString(a.Text[at:b.End])
			n := 0
			for _, w := range strings.FieldsFunc(clockTimes(rest.String()), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if !dateLineWords[strings.ToLower(w)] {
					n++
				}
			}
			return n <= 1 || seen > 1 && datelinePlace(a.Text[b.Start:x.Start], a.Text[x.End:b.End])
		}
	}
	return false
}

// clockTimes blanks the clock times of a date line ("10:30", "GMT+05:00"):
// the time of posting is no word of a sentence.
func clockTimes(s string) string {
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] != ':' || i == 0 || b[i-1] < '0' || b[i-1] > '9' || b[i+1] < '0' || b[i+1] > '9' {
			continue
		}
		k := i - 1
		for k >= 0 && b[k] >= '0' && b[k] <= '9' {
			k--
		}
		e := i + 1
		for e < len(b) && b[e] >= '0' && b[e] <= '9' {
			e++
		}
		for j := k + 1; j < e; j++ {
			b[j] = ' '
		}
		i = e - 1
	}
	return string(b)
}

// datelinePlace reports a date line that starts with its place written in
// capitals ("WASHINGTON, DC, April 28, 2009") and ends with the date: the
// place words are all upper case, end with a comma, and nothing but
// punctuation follows the date. A headline in capitals with a date ("TALKS
// TO RESUME ON JULY 6") has no comma before it.
func datelinePlace(before, after string) bool {
	if strings.TrimFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) != "" {
		return false
	}
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsUpper(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// eventModifier reports whether x modifies an event noun: "the January 2026
// meeting", "the October 15 summit".
func eventModifier(a *corpus.Article, x *Timex) bool {
	before := strings.TrimRight(a.Text[:x.Start], " ")
	if !strings.HasSuffix(strings.ToLower(before), "the") && !strings.HasSuffix(strings.ToLower(before), "this") {
		return false
	}
	after := a.Text[x.End:]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	w := strings.Fields(after)
	if len(w) == 0 {
		return false
	}
	noun := strings.ToLower(strings.Trim(w[0], ",.;:"))
	return eventNouns[noun]
}

func eventEnd(a *corpus.Article, x *Timex) int {
	after := a.Text[x.End:]
	w := strings.Fields(after)
	if len(w) == 0 {
		return x.End
	}
	i := strings.Index(after, w[0])
	return x.End + i + len(strings.TrimRight(w[0], ",.;:"))
}

// dateLineWords may stand beside the date of a date line ("Posted on
// January 5, 2011 at 3:39 PM").
var dateLineWords = map[string]bool{
	"posted": true, "published": true, "updated": true, "last": true, "first": true, "date": true, "dated": true,
	"on": true, "at": true, "am": true, "pm": true, "a": true, "p": true, "m": true, "et": true, "gmt": true, "utc": true,
	"est": true, "edt": true, "pst": true, "pdt": true, "cst": true, "cdt": true, "bst": true, "cet": true, "by": true,
}

var eventNouns = map[string]bool{}

func init() {
	for _, l := range readData("events.txt") {
		eventNouns[l] = true
	}
}
