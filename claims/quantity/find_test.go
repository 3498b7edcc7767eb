package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// w is one expected quantity: its text (which fixes its span: the test
// requires Start to be where that text first occurs in the input, or at
// start when start is set), value, max (0 means equal to value), unit, kind,
// bound and qualifier.
type w struct {
	text      string
	value     float64
	max       float64
	unit      string
	kind      string
	bound     Bound
	qualifier string
	start     int // explicit byte offset, for non-ASCII inputs; -1 to use strings.Index
}

func count(text string, v float64, unit string) w {
	return w{text: text, value: v, unit: unit, kind: KindCount, bound: Exact, start: -1}
}

func (x w) b(b Bound, qual string) w { x.bound, x.qualifier = b, qual; return x }
func (x w) k(kind string) w          { x.kind = kind; return x }
func (x w) to(max float64) w         { x.max = max; return x }
func (x w) at(start int) w           { x.start = start; return x }

func money(text string, v float64, cur string) w { return count(text, v, cur).k(KindMoney) }
func pct(text string, v float64) w               { return count(text, v, "percent").k(KindPercent) }
func rng(text string, lo, hi float64, unit string) w {
	return count(text, lo, unit).to(hi).b(Range, "")
}

var findTests = []struct {
	desc string
	in   string
	want []w
}{
	// counts and their nouns
	{"counted noun", "He faces 20 counts of fraud.", []w{count("20 counts", 20, "count")}},
	{"people lemma", "Police said 31 people were hurt.", []w{count("31 people", 31, "person")}},
	{"participle as noun", "About 50 injured were taken away.", []w{count("About 50 injured", 50, "injured").b(Approx, "about")}},
	{"killed maps to dead", "The blast left 12 killed.", []w{count("12 killed", 12, "dead")}},
	{"were + state", "Three were injured in the crash.", []w{count("Three were injured", 3, "injured")}},
	{"adjective before known noun", "There were 31 more people inside.", []w{count("31 more people", 31, "person")}},
	{"capitalized modifier", "Five Israeli soldiers were wounded.", []w{count("Five Israeli soldiers", 5, "soldier")}},
	{"modifier before plural", "They seized 13 loaded rifles.", []w{count("13 loaded rifles", 13, "rifle")}},
	{"generic plural", "She filed 12 lawsuits and 3 appeals.", []w{count("12 lawsuits", 12, "lawsuit"), count("3 appeals", 3, "appeal")}},
	{"duration stays a count", "He served five years in prison.", []w{count("five years", 5, "year")}},
	{"bare cardinal", "The committee has 14 and needs two more.", []w{count("14", 14, ""), count("two", 2, "")}},
	{"one with a noun", "Only one person survived.", []w{count("one person", 1, "person")}},
	{"thousands separators", "A crowd of 12,500 fans came.", []w{count("12,500 fans", 12500, "fan")}},
	{"decimal", "The lake is 3.5 miles long.", []w{count("3.5 miles", 3.5, "mile")}},
	{"magnitude before", "A quake of magnitude 7.6 struck.", []w{count("magnitude 7.6", 7.6, "magnitude")}},
	{"hyphen compound", "A 6.1-magnitude quake hit a 12-storey block.", []w{count("6.1-magnitude", 6.1, "magnitude"), count("12-storey", 12, "storey")}},
	{"spaced compound in tokenized text", "a 90 - day stay", []w{count("90 - day", 90, "day")}},

	// number words
	{"compound words", "Twenty-six people died.", []w{count("Twenty-six people", 26, "person")}},
	{"hundreds and", "It cost three hundred and five dollars.", []w{money("three hundred and five dollars", 305, "USD")}},
	{"a dozen", "A dozen children sang.", []w{count("A dozen children", 12, "child")}},
	{"two million", "Two million voters stayed home.", []w{count("Two million voters", 2e6, "voter")}},
	{"a million", "It drew a million visitors.", []w{count("a million visitors", 1e6, "visitor")}},

	// scales and money
	{"dollars with commas", "Bail was set at $250,000.", []w{money("$250,000", 250000, "USD")}},
	{"dollars with a spaced comma (retokenized text)", "Bail was set at $250, 000 on Friday.", []w{money("$250, 000", 250000, "USD")}},
	{"a year and a count after a comma are two numbers", "In 1999, 100 people left.", []w{count("100 people", 100, "person")}},
	{"scale word", "The firm lost $1.2 million.", []w{money("$1.2 million", 1.2e6, "USD")}},
	{"joined scales", "It raised £3bn and US$5m and €20k.", []w{money("£3bn", 3e9, "GBP"), money("US$5m", 5e6, "USD"), money("€20k", 20000, "EUR")}},
	{"hyphenated scale", "It paid US $5.4-billion for ATI.", []w{money("$5.4-billion", 5.4e9, "USD")}},
	{"MM is million with a currency", "A deal of $160MM.", []w{money("$160MM", 1.6e8, "USD")}},
	{"joined units", "A 3.5mm jack, 16GB of memory, 2.5cm thick.", []w{count("3.5mm", 3.5, "millimetre"), count("16GB", 16, "gigabyte"), count("2.5cm", 2.5, "centimetre")}},
	{"suffix currency", "They paid 40 million euros.", []w{money("40 million euros", 4e7, "EUR")}},
	{"pounds need a scale", "He weighed 200 pounds and owed 5 million pounds.", []w{count("200 pounds", 200, "pound"), money("5 million pounds", 5e6, "GBP")}},
	{"currency code", "A fine of USD 5 million was paid.", []w{money("USD 5 million", 5e6, "USD")}},
	{"decimal comma with euro", "Il a payé €1,2 million.", []w{money("€1,2 million", 1.2e6, "EUR").at(11)}},
	{"comma list is not decimal", "rooms 1,2 and 3", []w{count("1", 1, ""), count("2", 2, ""), count("3", 3, "")}},
	{"bare scale count", "Some 1.5 billion people watch.", []w{count("Some 1.5 billion people", 1.5e9, "person").b(Approx, "some")}},
	{"m without currency is not million", "He ran 5m and 200 metres.", []w{count("200 metres", 200, "metre")}},

	// percent
	{"percent sign", "Turnout was 64% this year.", []w{pct("64%", 64)}},
	{"per cent", "It grew 3.2 per cent.", []w{pct("3.2 per cent", 3.2)}},
	{"percentage points", "Support fell 5 percentage points to 40 percent.", []w{count("5 percentage points", 5, "percentage point").k(KindPercent), pct("40 percent", 40)}},

	// qualifiers
	{"more than", "More than 60 people were arrested.", []w{count("More than 60 people", 60, "person").b(Lower, "more than")}},
	{"at least", "At least 5 were killed.", []w{count("At least 5 were killed", 5, "dead").b(Lower, "at least")}},
	{"nearly", "Nearly 100 died.", []w{count("Nearly 100 died", 100, "dead").b(Upper, "nearly")}},
	{"up to money", "He faces up to $60,000 in fines.", []w{money("up to $60,000", 60000, "USD").b(Upper, "up to")}},
	{"an estimated", "An estimated 2,000 troops crossed.", []w{count("An estimated 2,000 troops", 2000, "troop").b(Approx, "an estimated")}},
	{"fewer than", "Fewer than 10 seats changed hands.", []w{count("Fewer than 10 seats", 10, "seat").b(Upper, "fewer than")}},
	{"or more", "Sixty or more people came.", []w{count("Sixty or more people", 60, "person").b(Lower, "or more")}},
	{"-odd", "A 60-odd people came.", []w{count("60-odd people", 60, "person").b(Approx, "-odd")}},
	{"or so", "They waited 20 minutes or so.", []w{count("20 minutes or so", 20, "minute").b(Approx, "or so")}},

	// ranges and vague amounts
	{"hyphen range", "Between 10 and 20 soldiers died; 30-40 more were hurt.", []w{rng("Between 10 and 20 soldiers", 10, 20, "soldier").b(Range, "between"), rng("30-40", 30, 40, "")}},
	{"to range", "He faces five to seven years.", []w{rng("five to seven years", 5, 7, "year")}},
	{"or range", "It lasted two or three days.", []w{rng("two or three days", 2, 3, "day")}},
	{"scale on the second end", "A $5-10 million deal.", []w{rng("$5-10 million", 5e6, 1e7, "USD").k(KindMoney)}},
	{"percent range", "Rates of 10% to 20% apply.", []w{rng("10% to 20%", 10, 20, "percent").k(KindPercent)}},
	{"between money", "An offer between $140 and $150 million.", []w{rng("between $140 and $150 million", 1.4e8, 1.5e8, "USD").k(KindMoney).b(Range, "between")}},
	{"change is not a range", "Prices rose from 10 to 20 percent.", []w{pct("10", 10), pct("20 percent", 20)}},
	{"vague plural", "Hundreds of protesters marched.", []w{rng("Hundreds of protesters", 200, 9999, "protester").b(Range, "hundreds")}},
	{"tens of thousands", "Tens of thousands of fans sang.", []w{rng("Tens of thousands of fans", 20000, 99000, "fan").b(Range, "tens of thousands")}},
	{"between without and", "It fell between 5 points.", []w{count("5 points", 5, "point")}},

	// scores
	{"descending tally", "The Senate voted 98-96 for it.", []w{count("98-96", 98, "").to(96).k(KindScore)}},
	{"tally with noun", "It passed on a 5-4 vote.", []w{count("5-4 vote", 5, "vote").to(4).k(KindScore)}},
	{"ascending with cue", "They lost 3-5 at home.", []w{count("3-5", 3, "").to(5).k(KindScore)}},
	{"range near a tally word", "In his career he won 5-10 seats a year.", []w{rng("5-10 seats", 5, 10, "seat")}},
	{"record", "The Sixers (9-14) fell to a 38-44 mark.", []w{count("9-14", 9, "").to(14).k(KindScore), count("38-44", 38, "").to(44).k(KindScore)}},
	{"range with one", "even if one or two jurors voted against it", []w{rng("one or two jurors", 1, 2, "juror")}},
	{"one-liners", "a string of one-liners", nil},
	{"spaced tally with cue", "a 17 - 14 victory", []w{count("17 - 14", 17, "").to(14).k(KindScore)}},
	{"spaced dash is not a range", "They killed 12 - 3 of them children", []w{count("12", 12, ""), count("3", 3, "")}},

	// ages
	{"age after a name", "Tara Reid, 33, entered rehab.", []w{count("33", 33, "year").k(KindAge)}},
	{"age compound", "A 33-year-old man was held.", []w{count("33-year-old", 33, "year").k(KindAge)}},
	{"age tokenized", "the 26 - year - old actress", []w{count("26 - year - old", 26, "year").k(KindAge)}},
	{"died at", "Esther Williams died at 91 in her sleep.", []w{count("91", 91, "year").k(KindAge)}},
	{"aged", "A man aged 33 and a woman who turns twenty.", []w{count("33", 33, "year").k(KindAge), count("twenty", 20, "year").k(KindAge)}},
	{"years old", "She is 80 years old.", []w{count("80 years old", 80, "year").k(KindAge)}},

	// not quantities
	{"years", "In 1998 and again in 2015 he ran.", nil},
	{"year with lexicon noun is a count", "About 1900 people came.", []w{count("About 1900 people", 1900, "person").b(Approx, "about")}},
	{"year before a singular noun", "It was a 2012 car crash.", nil},
	{"year before a title", "He hosted the 2005 Tony Awards.", nil},
	{"year dollars", "It cost $76 million in 2006 dollars.", []w{money("$76 million", 7.6e7, "USD")}},
	{"season", "His 2002-03 squad and the 2002 - 03 team.", nil},
	{"year range", "He served from 1998-2001 and in the 2015-16 season.", nil},
	{"dates", "On January 28 and Jan. 5, 2015 and 28 January.", nil},
	{"times", "It began at 5 p.m. and ended at 10:30, before 9pm and 10 GMT.", nil},
	{"military time", "The alarm came at 1230 hours after 1,230 hours of work.", []w{count("1,230 hours", 1230, "hour")}},
	{"phones", "Call 555-1234, (212) 555-1234 or 0845 125 2222.", nil},
	{"ordinals", "He came 3rd, then 21st, for the second time.", nil},
	{"identifiers", "Flight 370, Boeing 737, the G20, an F-16, COVID-19, No. 5, I-75.", nil},
	{"decades and slashes", "In the 1990s and the '90s, 24/7, after 9/11.", nil},
	{"one as a pronoun", "No one was hurt; one of the men fled. The one who ran was caught.", nil},
	{"fractions", "Two-thirds of voters and two thirds of members.", nil},
	{"names", "They watched Ocean's Eleven with Three Kings.", nil},
	{"versions", "Version 1.2.3 shipped.", nil},

	// offsets on non-ASCII text
	{"after non-ASCII word", "naïve 5 people", []w{count("5 people", 5, "person").at(7)}},
	{"euro sign is three bytes", "€5 and £7", []w{money("€5", 5, "EUR").at(0), money("£7", 7, "GBP").at(9)}},
	{"bare number after a capitalized non-ASCII word", "Über 5 Äpfel", nil},
	{"empty", "", nil},
}

func TestFind(t *testing.T) {
	for _, tc := range findTests {
		got := Find(tc.in, 0, len(tc.in))
		if len(got) != len(tc.want) {
			t.Errorf("%s: Find(%q) found %d, want %d:\n%s", tc.desc, tc.in, len(got), len(tc.want), dump(got))
			continue
		}
		for i, wq := range tc.want {
			g := got[i]
			start := wq.start
			if start < 0 {
				start = strings.Index(tc.in, wq.text)
			}
			max := wq.max
			if max == 0 {
				max = wq.value
			}
			want := Quantity{Start: start, End: start + len(wq.text), Text: wq.text, Value: wq.value, Max: max,
				Unit: wq.unit, Kind: wq.kind, Bound: wq.bound, Qualifier: wq.qualifier}
			if g != want {
				t.Errorf("%s: Find(%q)[%d]\n got %s\nwant %s", tc.desc, tc.in, i, show(g), show(want))
			}
			if tc.in[g.Start:g.End] != g.Text {
				t.Errorf("%s: Text %q is not text[%d:%d]", tc.desc, g.Text, g.Start, g.End)
			}
		}
	}
}

func TestFindSubrange(t *testing.T) {
	text := "Intro with 7 cats. Then 31 people were hurt and 1998 ended."
	s := strings.Index(text, "Then")
	e := strings.Index(text, " and")
	got := Find(text, s, e)
	if len(got) != 1 || got[0].Text != "31 people" || got[0].Start != strings.Index(text, "31") {
		t.Fatalf("Find(text, %d, %d) = %s, want 31 people at %d", s, e, dump(got), strings.Index(text, "31"))
	}
	// bounds out of range or inside a rune are clamped, not a panic
	for _, r := range [][2]int{{-5, 1000}, {3, 2}, {1, 1}, {0, len(text) + 1}} {
		for _, q := range Find(text, r[0], r[1]) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Errorf("Find(text, %d, %d): bad span %d:%d", r[0], r[1], q.Start, q.End)
			}
		}
	}
	nonASCII := "€5, €6"
	got = Find(nonASCII, 1, len(nonASCII)) // starts inside the first €
	if len(got) != 2 || got[0].Text != "5" || got[0].Start != 3 || got[1].Text != "€6" {
		t.Errorf("Find from inside a rune = %s, want a bare 5 at 3 and €6", dump(got))
	}
}

func show(q Quantity) string {
	return fmt.Sprintf("{%d:%d %q %s %s %g..%g unit=%q qual=%q}", q.Start, q.End, q.Text, q.Kind, q.Bound, q.Value, q.Max, q.Unit, q.Qualifier)
}

func dump(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + show(q) + "\n")
	}
	return b.String()
}
