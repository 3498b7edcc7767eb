package timex

import (
	"strconv"
	"time"
)

// grain is the precision of a calendar value, coarsest first.
type grain uint8

const (
	gNone grain = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay
	gHour
	gMinute
)

// unitGrain maps a unit code of data/units.txt to its grain.
var unitGrain = map[string]grain{
	"ML": gMillennium, "CE": gCentury, "DE": gDecade, "Y": gYear, "Q": gQuarter,
	"M": gMonth, "W": gWeek, "WE": gWeekend, "D": gDay, "H": gHour, "MIN": gMinute, "S": gMinute,
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayOf(t time.Time) time.Time { return date(t.Year(), int(t.Month()), t.Day()) }

// isoWeekday returns Monday=1 … Sunday=7.
func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// seasonStart gives the first month of a season (winter starts in December
// of the year before the one it is named by: "winter 1998" is Dec 1997–Feb 1998
// in TIMEX3 practice we follow the simpler "winter of year Y starts Dec Y").
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// trunc returns the start of the g-unit containing t.
func trunc(t time.Time, g grain) time.Time {
	y, m, d := t.Date()
	switch g {
	case gMillennium:
		return date(y-y%1000, 1, 1)
	case gCentury:
		return date(y-y%100, 1, 1)
	case gDecade:
		return date(y-y%10, 1, 1)
	case gYear:
		return date(y, 1, 1)
	case gHalf:
		return date(y, int(m-1)/6*6+1, 1)
	case gQuarter:
		return date(y, int(m-1)/3*3+1, 1)
	case gSeason:
		switch {
		case m >= 3 && m < 6:
			return date(y, 3, 1)
		case m >= 6 && m < 9:
			return date(y, 6, 1)
		case m >= 9 && m < 12:
			return date(y, 9, 1)
		case m == 12:
			return date(y, 12, 1)
		default:
			return date(y-1, 12, 1)
		}
	case gMonth:
		return date(y, int(m), 1)
	case gWeek, gWeekend:
		day := date(y, int(m), d)
		return day.AddDate(0, 0, 1-isoWeekday(day))
	case gHour:
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, time.UTC)
	case gMinute:
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, time.UTC)
	}
	return date(y, int(m), d)
}

// add shifts t by n units of g.
func add(t time.Time, n int, g grain) time.Time {
	switch g {
	case gMillennium:
		return t.AddDate(1000*n, 0, 0)
	case gCentury:
		return t.AddDate(100*n, 0, 0)
	case gDecade:
		return t.AddDate(10*n, 0, 0)
	case gYear:
		return t.AddDate(n, 0, 0)
	case gHalf:
		return t.AddDate(0, 6*n, 0)
	case gQuarter, gSeason:
		return t.AddDate(0, 3*n, 0)
	case gMonth:
		return t.AddDate(0, n, 0)
	case gWeek, gWeekend:
		return t.AddDate(0, 0, 7*n)
	case gHour:
		return t.Add(time.Duration(n) * time.Hour)
	case gMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case gPartOfDay:
		return t.AddDate(0, 0, n)
	}
	return t.AddDate(0, 0, n)
}

// span returns the interval of the g-unit starting at t (t already truncated).
func span(t time.Time, g grain) Interval {
	switch g {
	case gWeekend:
		b := t.AddDate(0, 0, 5)
		return Interval{b, b.AddDate(0, 0, 2)}
	case gPartOfDay:
		return Interval{t, t.AddDate(0, 0, 1)}
	}
	return Interval{t, add(t, 1, g)}
}

// format writes the TIMEX3 value of the g-unit containing t. part is a part
// of day (MO, AF, EV, NI) for gPartOfDay.
func format(t time.Time, g grain, part string) string {
	var buf [24]byte
	b := buf[:0]
	y, m, d := t.Date()
	switch g {
	// TIMEX3 writes a decade, century or millennium as the digits it shares:
	// "the 1990s" is "199", "the 20th century" "19" (TimeML 1.2.1 guidelines)
	case gMillennium:
		b = strconv.AppendInt(b, int64(y/1000), 10)
	case gCentury:
		b = pad(b, y/100, 2)
	case gDecade:
		b = pad(b, y/10, 3)
	case gYear:
		b = pad(b, y, 4)
	case gHalf:
		b = append(pad(b, y, 4), "-H"...)
		b = strconv.AppendInt(b, int64((int(m)-1)/6+1), 10)
	case gQuarter:
		b = append(pad(b, y, 4), "-Q"...)
		b = strconv.AppendInt(b, int64((int(m)-1)/3+1), 10)
	case gSeason:
		st := trunc(t, gSeason)
		code := map[time.Month]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}[st.Month()]
		ty := st.Year()
		if code == "WI" {
			ty++ // winter 1998 runs from December 1997
		}
		b = append(pad(b, ty, 4), '-')
		b = append(b, code...)
	case gMonth:
		b = append(pad(b, y, 4), '-')
		b = pad(b, int(m), 2)
	case gWeek, gWeekend:
		wy, w := t.ISOWeek()
		b = append(pad(b, wy, 4), "-W"...)
		b = pad(b, w, 2)
		if g == gWeekend {
			b = append(b, "-WE"...)
		}
	default:
		b = append(pad(b, y, 4), '-')
		b = append(pad(b, int(m), 2), '-')
		b = pad(b, d, 2)
		switch g {
		case gPartOfDay:
			b = append(b, 'T')
			b = append(b, part...)
		case gHour, gMinute:
			b = append(b, 'T')
			b = append(pad(b, t.Hour(), 2), ':')
			b = pad(b, t.Minute(), 2)
		}
	}
	return string(b)
}

// pad appends n in decimal with at least w digits.
func pad(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for n > 0 || i == len(tmp) {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(tmp) - i; k < w; k++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// seasonOf returns the start of season s named by year y.
func seasonOf(y int, s string) time.Time {
	if s == "WI" {
		return date(y-1, 12, 1)
	}
	return date(y, seasonStart[s], 1)
}

// fuzz narrows an interval for a point mod: START is its first third, MID the
// middle third, END the last third. Other mods keep it.
func fuzz(iv Interval, mod string) Interval {
	if iv.IsZero() {
		return iv
	}
	d := iv.End.Sub(iv.Begin) / 3
	if d < 24*time.Hour {
		return iv
	}
	round := func(t time.Time) time.Time { return dayOf(t.Add(12 * time.Hour)) }
	switch mod {
	case "START":
		return Interval{iv.Begin, round(iv.Begin.Add(d))}
	case "MID":
		return Interval{round(iv.Begin.Add(d)), round(iv.Begin.Add(2 * d))}
	case "END":
		return Interval{round(iv.Begin.Add(2 * d)), iv.End}
	}
	return iv
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// nthWeekday returns the nth weekday wd of month m in year y (n = -1: last).
func nthWeekday(y, m, n, wd int) time.Time {
	if n < 0 {
		t := date(y, m+1, 1).AddDate(0, 0, -1)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(y, m, 1)
	for isoWeekday(t) != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := date(y, m, d)
	return t.Day() == d
}
