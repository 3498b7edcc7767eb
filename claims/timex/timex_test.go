package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus"
)

// article builds an article from text written for these tests, with a
// publication date in front matter when pub is not empty.
func article(t testing.TB, pub, text string) *corpus.Article {
	t.Helper()
	data := text
	if pub != "" {
		data = "---\npublished: " + pub + "\n---\n" + text
	}
	a, err := corpus.ParseText("test.txt", []byte(data))
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return a
}

// find returns the timex whose text is want (the first one).
func find(tx []Timex, want string) *Timex {
	for i := range tx {
		if tx[i].Text == want {
			return &tx[i]
		}
	}
	return nil
}

func dump(tx []Timex) string {
	var b strings.Builder
	for _, x := range tx {
		fmt.Fprintf(&b, "  %q %s %s %s\n", x.Text, x.Type, x.Value, x.Mod)
	}
	return b.String()
}

var tagTests = []struct {
	desc  string
	pub   string
	text  string
	span  string // expected span text
	typ   string
	value string
	mod   string
}{
	// absolute
	{"day month year", "2026-02-01", "The talks opened on 28 January 2026 in Moscow.", "28 January 2026", "DATE", "2026-01-28", ""},
	{"month day, year", "2026-02-01", "The talks opened on January 28, 2026, in Moscow.", "January 28, 2026", "DATE", "2026-01-28", ""},
	{"abbreviated month with stop", "2026-02-01", "The talks opened Jan. 28 in Moscow.", "Jan. 28", "DATE", "2026-01-28", ""},
	{"ISO date", "2026-02-01", "The filing is dated 2026-01-28 and signed.", "2026-01-28", "DATE", "2026-01-28", ""},
	{"month year", "2026-02-01", "The first meeting was in October 2025 in Moscow.", "October 2025", "DATE", "2025-10", ""},
	{"month, year", "2026-02-01", "He was indicted in July, 2008, by a grand jury.", "July, 2008", "DATE", "2008-07", ""},
	{"month, then a count is no year", "2026-02-01", "In July, 2000 people marched.", "July", "DATE", "2025-07", ""},
	{"bare year", "2026-02-01", "Russia intervened in 2015 on Assad's side.", "2015", "DATE", "2015", ""},
	{"decade", "2026-02-01", "Prices doubled in the 1990s, analysts said.", "the 1990s", "DATE", "199", ""},
	{"fiscal year", "1998-05-01", "Profit rose in fiscal 1998, the company said.", "fiscal 1998", "DATE", "1998", ""},
	{"quarter without year, past", "1998-11-02", "Profit fell in the third quarter, the company said.", "the third quarter", "DATE", "1998-Q3", ""},
	{"hyphenated quarter", "1998-11-02", "The company reported third-quarter profit of $5 million.", "third-quarter", "DATE", "1998-Q3", ""},
	{"quarter of year", "1998-11-02", "Sales rose in the fourth quarter of 1997.", "the fourth quarter of 1997", "DATE", "1997-Q4", ""},
	{"half", "1998-11-02", "Sales rose in the first half of 1998.", "the first half of 1998", "DATE", "1998-H1", ""},
	{"short year of this century", "2009-01-10", "Macworld '09 opened in San Francisco.", "'09", "DATE", "2009", ""},
	{"short year of the last century", "1998-11-02", "Sales peaked in '97, the company said.", "'97", "DATE", "1997", ""},
	// relative to publication
	{"weekday, past tense", "2026-01-30", "Sharaa met Putin on Wednesday in Moscow.", "Wednesday", "DATE", "2026-01-28", ""},
	{"weekday, future tense", "2026-01-26", "Sharaa is set to travel to Moscow on Wednesday for talks.", "Wednesday", "DATE", "2026-01-28", ""},
	{"weekday on the publication day", "2026-01-28", "Sharaa arrived in Moscow on Wednesday.", "Wednesday", "DATE", "2026-01-28", ""},
	{"last month name", "2025-10-15", "Ministers travelled to Moscow last July.", "last July", "DATE", "2025-07", ""},
	{"bare month, past", "2025-10-15", "In July, ministers travelled to Moscow.", "July", "DATE", "2025-07", ""},
	{"ago", "2025-10-15", "The regime fell ten months ago.", "ten months ago", "DATE", "2024-12", ""},
	{"yesterday", "2026-01-28", "The minister spoke yesterday in Damascus.", "yesterday", "DATE", "2026-01-27", ""},
	{"today", "2026-01-28", "The minister speaks today in Damascus.", "today", "DATE", "2026-01-28", ""},
	{"earlier this month", "2026-01-28", "Talks resumed earlier this month.", "earlier this month", "DATE", "2026-01", "START"},
	{"next year", "2026-01-28", "Elections are due next year.", "next year", "DATE", "2027", ""},
	{"this week", "2026-01-28", "The envoy arrives this week.", "this week", "DATE", "2026-W05", ""},
	{"last week", "2026-01-28", "The envoy arrived last week.", "last week", "DATE", "2026-W04", ""},
	{"in recent days", "2026-01-28", "Fighting has eased in recent days.", "recent days", "DURATION", "PXD", ""},
	{"now", "2026-01-28", "Assad now lives in Moscow.", "now", "DATE", "PRESENT_REF", ""},
	{"currently", "2026-01-28", "The base is currently under Russian control.", "currently", "DATE", "PRESENT_REF", ""},
	{"recently", "2026-01-28", "Russia recently withdrew from the airport.", "recently", "DATE", "PAST_REF", ""},
	{"tonight", "2026-01-28", "The leaders dine tonight at the Kremlin.", "tonight", "TIME", "2026-01-28TNI", ""},
	{"clock time with weekday", "2026-01-30", "The vote closes at 10 p.m. Wednesday, officials said.", "10 p.m. Wednesday", "TIME", "2026-01-28T22:00", ""},
	{"a year earlier in a quarter story", "1989-11-02", "Profit rose to $9 million in the third quarter from $5 million a year earlier.", "a year earlier", "DATE", "1988-Q3", ""},
	{"a year earlier after the first nine months", "1989-11-02", "Profit rose in the third quarter. In the first nine months, net was $30 million, compared with $20 million a year earlier.", "a year earlier", "DATE", "1988", ""},
	{"the quarter a year ago", "1989-10-26", "Columbia lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million.", "the quarter a year ago", "DATE", "1988-Q3", ""},
	{"the corresponding period last year", "1989-11-01", "The third-quarter loss compares with net income of $1.8 million for the corresponding period last year.", "the corresponding period last year", "DATE", "1988-Q3", ""},
	{"a forecast quarter is not the one reported", "1989-10-26", "Profit fell in the third quarter. Analysts expect losses through the third quarter of 1990. In the year-ago period, it earned $101 million.", "the year-ago period", "DATE", "1988-Q3", ""},
	{"month last year", "1998-02-19", "In July last year the leader was arrested.", "July last year", "DATE", "1997-07", ""},
	// anaphoric
	{"later that year", "2026-01-28", "He became interim president in early 2025 and was appointed president later that year.", "later that year", "DATE", "2025", "END"},
	{"the following year", "2026-01-28", "The war began in 2011. The following year, Russia sent advisers.", "The following year", "DATE", "2012", ""},
	{"two weeks later", "2026-01-28", "Talks began on 3 March 2025. Two weeks later, a ceasefire was signed.", "Two weeks later", "DATE", "2025-03-17", ""},
	{"the previous weekday", "1989-10-30", "Shares fell on Friday, down 4% from the previous Friday.", "previous Friday", "DATE", "1989-10-20", ""},
	{"the same day", "2026-01-28", "Talks began on 3 March 2025. The same day, a ceasefire was signed.", "The same day", "DATE", "2025-03-03", ""},
	// fuzzy
	{"late year", "2026-01-28", "Assad fell in late 2024.", "late 2024", "DATE", "2024", "END"},
	{"early year", "2026-01-28", "He has governed since early 2025.", "early 2025", "DATE", "2025", "START"},
	{"mid-month", "2026-01-28", "Talks are planned for mid-March.", "mid-March", "DATE", "2026-03", "MID"},
	{"the end of the year", "2026-01-28", "The base will close by the end of the year.", "the end of the year", "DATE", "2026", "END"},
	{"the past decade", "2026-01-28", "The economy shrank over the past decade.", "the past decade", "DURATION", "P10Y", ""},
	// durations and sets
	{"less than", "2026-01-28", "It is his second visit in less than four months.", "less than four months", "DURATION", "P4M", "LESS_THAN"},
	{"over a decade", "2026-01-28", "An economy devastated by over a decade of conflict.", "over a decade", "DURATION", "P10Y", "MORE_THAN"},
	{"for three years", "2026-01-28", "He led the group for three years.", "three years", "DURATION", "P3Y", ""},
	{"every week", "2026-01-28", "The envoys meet every week.", "every week", "SET", "P1W", ""},
	{"hours", "2026-01-28", "The talks lasted 24 hours.", "24 hours", "DURATION", "PT24H", ""},
	{"half years", "2026-01-28", "He spent 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M", ""},
	{"adjectival duration", "2026-01-28", "It was a five-year plan.", "five-year", "DURATION", "P5Y", ""},
	{"approximate ago", "2026-01-28", "He left about two years ago.", "about two years ago", "DURATION", "P2Y", "APPROX"},
	{"over the years", "2026-01-28", "Over the years, the village lost its school.", "the years", "DURATION", "PXY", ""},
	{"for a while", "2026-01-28", "The ferry will not run for a while.", "a while", "DURATION", "PXX", ""},
	{"a while ago", "2026-01-28", "The ferry stopped running a while ago.", "a while ago", "DATE", "PAST_REF", ""},
	{"year in words", "1998-02-27", "A bomb hit Atlanta in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", ""},
}

func TestTag(t *testing.T) {
	for _, tc := range tagTests {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.pub, tc.text)
			tx, pub := Tag(a)
			if pub.Source != "metadata" {
				t.Fatalf("publication source %q, want metadata", pub.Source)
			}
			x := find(tx, tc.span)
			if x == nil {
				t.Fatalf("no timex %q in %q; got:\n%s", tc.span, tc.text, dump(tx))
			}
			if x.Type != tc.typ || x.Value != tc.value || x.Mod != tc.mod {
				t.Errorf("%q: got %s %s %q, want %s %s %q", tc.span, x.Type, x.Value, x.Mod, tc.typ, tc.value, tc.mod)
			}
			if got := a.Text[x.Start:x.End]; got != x.Text {
				t.Errorf("offsets [%d,%d) give %q, want %q", x.Start, x.End, got, x.Text)
			}
		})
	}
}

// Words that look like dates but are not.
var notDateTests = []struct {
	desc string
	text string
}{
	{"a count of a thousand", "The battery lasts up to 1000 charges in a lifetime."},
	{"a quarter of a game", "The Colts scored 17 unanswered points in the fourth quarter to clinch the win."},
	{"a half of a game", "The coach pulled him in the second half of the loss to the Bears."},
	{"the fall of a ruler", "The first meeting since the fall of Assad was cordial."},
	{"may as a modal verb", "The minister may travel to Moscow."},
	{"May as a name", "Prime Minister Theresa May spoke to reporters."},
	{"march as a noun", "The march drew thousands of protesters."},
	{"the March as a name", "The March on Washington was remembered."},
	{"sun and sat", "They sat in the sun and talked."},
	{"fraction", "Nearly 1/2 of the voters stayed home."},
	{"phone number", "Call 555-2015 for details."},
	{"vote count", "The motion passed 98-96 in the chamber."},
	{"count noun after a year-like number", "The army lost 2015 soldiers."},
	{"age", "A 52-year-old doctor was killed."},
	{"second as an ordinal", "It was a second visit to Russia."},
	{"money", "The stock rose to $2015 a share."},
	{"score", "Madrid won 3-1 at home."},
	{"percentage", "Turnout was 1998% of the estimate, a typo."},
	{"a quarter of", "A quarter of the population fled."},
}

func TestNotDates(t *testing.T) {
	for _, tc := range notDateTests {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, "2026-01-28", tc.text))
			if len(tx) > 0 {
				t.Errorf("%q: found\n%s", tc.text, dump(tx))
			}
		})
	}
}

func TestWeekdayFixesYear(t *testing.T) {
	// no publication date: the weekday picks 2026, where January 28 is a
	// Wednesday, near the article's other years
	a := article(t, "", "The president arrived in Moscow on Wednesday, January 28, for talks.\nThe first visit was in October 2025, after the regime fell in December 2024.\n")
	tx, pub := Tag(a)
	x := find(tx, "Wednesday, January 28")
	if x == nil {
		t.Fatalf("not found:\n%s", dump(tx))
	}
	if x.Value != "2026-01-28" {
		t.Errorf("value %s, want 2026-01-28", x.Value)
	}
	if pub.Source != "text" || pub.Value != "2026-01-28" {
		t.Errorf("published %+v, want 2026-01-28 from text", pub)
	}
	if pub.Evidence == "" {
		t.Error("no evidence")
	}
}

func TestResolveAgain(t *testing.T) {
	a := article(t, "", "Officials said the president met the king on Wednesday. Ten months ago the regime fell.")
	tx, pub := Tag(a)
	if pub.Known() {
		t.Fatalf("published inferred from nothing: %+v", pub)
	}
	if x := find(tx, "Wednesday"); x == nil || x.Value != "XXXX-WXX-3" || x.Anchor != "" {
		t.Fatalf("unresolved weekday: %+v", x)
	}
	// the comparison narrows the date: resolve again
	d := time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC)
	tx2 := Resolve(a, tx, Published{Value: "2026-01-29", Interval: Interval{d, d.AddDate(0, 0, 1)}, Source: "corpus"})
	if x := find(tx2, "Wednesday"); x.Value != "2026-01-28" || x.Anchor != "publication" {
		t.Errorf("Wednesday: %s (%s), want 2026-01-28 (publication)", x.Value, x.Anchor)
	}
	if x := find(tx2, "Ten months ago"); x.Value != "2025-03" {
		t.Errorf("ten months ago: %s, want 2025-03", x.Value)
	}
	if find(tx, "Wednesday").Value != "XXXX-WXX-3" {
		t.Error("Resolve modified its input")
	}
	// an interval publication date that does not pin the weekday keeps alternatives
	b := time.Date(2026, 1, 26, 0, 0, 0, 0, time.UTC)
	tx3 := Resolve(a, tx, Published{Interval: Interval{b, b.AddDate(0, 0, 4)}, Source: "corpus"})
	x := find(tx3, "Wednesday")
	if len(x.Alternatives) != 2 || x.Value != "2026-01" {
		t.Errorf("Wednesday with an interval date: %s %v, want 2026-01 with two alternatives", x.Value, x.Alternatives)
	}
}

func TestIntervals(t *testing.T) {
	a := article(t, "2026-01-28", "Assad fell in late 2024. The talks opened in October 2025.")
	tx, _ := Tag(a)
	x := find(tx, "October 2025")
	want := Interval{time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)}
	if x.Interval != want {
		t.Errorf("October 2025: %v, want %v", x.Interval, want)
	}
	x = find(tx, "late 2024")
	if !x.Interval.Begin.After(time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)) || !x.Interval.End.Equal(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("late 2024: %v, want the last third of 2024", x.Interval)
	}
}

func TestNonASCIIOffsets(t *testing.T) {
	a := article(t, "2026-01-28", "Al-Shara\u2019s visit \u2014 on Wednesday, January\u00a028 \u2014 was his second.")
	tx, _ := Tag(a)
	if len(tx) != 1 {
		t.Fatalf("got:\n%s", dump(tx))
	}
	sp := a.RawSpan(tx[0].Start, tx[0].End)
	if got := a.Raw[sp.Start:sp.End]; got != "Wednesday, January\u00a028" {
		t.Errorf("raw span %q", got)
	}
}

func TestEmptyAndOdd(t *testing.T) {
	if tx, pub := Tag(nil); tx != nil || pub.Known() {
		t.Error("nil article")
	}
	for _, s := range []string{"x", "2026", "'", "- - -", "Jan.", "the", "\u00e9t\u00e9 2025"} {
		a := article(t, "", s+"\n")
		Tag(a) // must not panic
	}
}

func TestQuotedTitles(t *testing.T) {
	tx, _ := Tag(article(t, "1990-08-13", "Baker, speaking on ABC News' \"This Week,\" said the request was fair. He said on CBS's ''60 Minutes'' that he would go. \"This week we begin,\" he said.\n"))
	if find(tx, "This Week") != nil || find(tx, "60 Minutes") != nil {
		t.Errorf("titles tagged:\n%s", dump(tx))
	}
	if find(tx, "This week") == nil {
		t.Errorf("a quoted sentence lost its date:\n%s", dump(tx))
	}
}

// "the second Tuesday of each month" is a set: no day is dated.
func TestWeekdayOfEachMonth(t *testing.T) {
	a := article(t, "2010-06-15", "Patches come out on the second Tuesday of each month.\n")
	tx, _ := Tag(a)
	for _, x := range tx {
		if x.Type == "DATE" {
			t.Errorf("%q tagged as a DATE %q; want only a SET", x.Text, x.Value)
		}
	}
}
