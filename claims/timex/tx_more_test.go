package timex

import "testing"

// moreRow is one row of the rule tables: the span of text tagged with the
// publication date pub must have the type, value and mod given.
type moreRow struct {
	desc  string
	pub   string
	text  string
	span  string
	typ   string
	value string
	mod   string
}

// moreTests are rules from the fresh-eyes review of the TempEval-3 dev
// errors; every sentence is invented.
var moreTests = []moreRow{
	// tense
	{"un-...-ed adjective is no past verb", "2024-10-20", "The bonus will be paid on a still undisclosed date in January to all staff.", "January", "DATE", "2025-01", ""},
	{"un-...-ed verb is past", "2024-10-20", "The carmaker unveiled the model in January at a fair.", "January", "DATE", "2024-01", ""},
	{"noun of plan with infinitive looks ahead", "2024-10-20", "The bank announced an agreement to buy a rival lender in January.", "January", "DATE", "2025-01", ""},
	{"noun of plan without infinitive is no cue", "2024-10-20", "The agreement was signed in January after long talks.", "January", "DATE", "2024-01", ""},
	{"past-perfect schedule is past", "2024-10-21", "The offer had been scheduled to expire on Friday, but the buyer extended it.", "Friday", "DATE", "2024-10-18", ""},
	{"as previously planned is past", "2024-10-21", "The march went ahead as previously planned on Saturday.", "Saturday", "DATE", "2024-10-19", ""},
	{"plain schedule stays future", "2024-10-21", "The offer is scheduled to expire on Friday.", "Friday", "DATE", "2024-10-25", ""},
	// clock times
	{"clock time after a parenthesis", "2024-10-21", "The ferry will leave early (6 a.m. EDT Wednesday) from the pier.", "6 a.m. EDT Wednesday", "TIME", "2024-10-23T06:00", ""},
	{"hour in the morning", "2024-10-21", "The ferry left at 6 in the morning on Saturday.", "6 in the morning on Saturday", "TIME", "2024-10-19T06:00", ""},
	{"hour in the evening", "2024-10-21", "The polls will close by 8 in the evening on Tuesday.", "8 in the evening on Tuesday", "TIME", "2024-10-22T20:00", ""},
	// halves
	{"the last half of a year", "2024-10-21", "Sales will be weaker in the last half of 2025.", "the last half of 2025", "DATE", "2025-H2", ""},
	{"the first two quarters of a year", "2024-10-21", "Prices should hold through the first two quarters of 2025.", "the first two quarters of 2025", "DATE", "2025-H1", ""},
	{"the last two quarters of a year", "2024-10-21", "Margins shrank in the last two quarters of 2023.", "the last two quarters of 2023", "DATE", "2023-H2", ""},
	{"the last two quarters are the latest two", "2024-10-21", "Margins shrank in the last two quarters.", "the last two quarters", "DURATION", "P2Q", ""},
	// a day from a day
	{"the day before a weekday", "2024-10-24", "The day before last Tuesday's hearing, the lawyers met.", "The day before last Tuesday", "DATE", "2024-10-21", ""},
	{"the day after a holiday", "2024-10-24", "The shop reopened the day after Christmas 2023.", "the day after Christmas 2023", "DATE", "2023-12-26", ""},
	{"the day before alone stays anaphoric", "2024-10-24", "He flew in on Oct. 3; the day before, he had met the minister.", "the day before", "DATE", "2024-10-02", ""},
	// ranges of days
	{"second day of 'and' range", "2024-02-10", "The summit will be held on April 24 and 25 in the capital.", "25", "DATE", "2024-04-25", ""},
	{"first day of 'and' range", "2024-02-10", "The summit will be held on April 24 and 25 in the capital.", "April 24", "DATE", "2024-04-24", ""},
	{"first day of hyphen range", "2024-02-10", "The fair will run March 3-5 in the old hall.", "March 3", "DATE", "2024-03-03", ""},
	{"second day of hyphen range", "2024-02-10", "The fair will run March 3-5 in the old hall.", "5", "DATE", "2024-03-05", ""},
	// vague durations ahead
	{"the weeks ahead", "2024-02-10", "Lenders may cut rates in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", ""},
	{"the months to come", "2024-02-10", "Lenders may cut rates in the months to come.", "the months to come", "DURATION", "PXM", ""},
	// possessive weekdays
	{"possessive weekday of a done event is past", "2024-10-25", "Lawyers said they would try to overturn Wednesday's ruling by the board.", "Wednesday", "DATE", "2024-10-23", ""},
	{"possessive weekday of a vote follows the tense", "2024-10-23", "Voters will turn out for Sunday's vote in large numbers.", "Sunday", "DATE", "2024-10-27", ""},
	{"possessive weekday of an expected ruling follows the tense", "2024-10-22", "The court will hand down Thursday's expected ruling at noon.", "Thursday", "DATE", "2024-10-24", ""},
	// present of a schedule
	{"present of a schedule looks ahead", "2024-10-23", "The two ministers meet separately Monday with the envoy.", "Monday", "DATE", "2024-10-28", ""},
	{"negated present of a schedule does not", "2024-10-23", "The two ministers did not meet Monday with the envoy.", "Monday", "DATE", "2024-10-21", ""},
	// the quarter reported on
	{"a quarter named to compare with is not the one reported", "2024-11-01", "The maker posted a 20% gain in third-quarter profit. After a flat second quarter, sales of diapers rose. Charges were taken in the year-earlier period.", "the year-earlier period", "DATE", "2023-Q3", ""},
	{"a later quarter named plainly is the one reported", "2024-11-01", "The maker posted a gain in third-quarter profit. In the second quarter, sales of diapers rose. Charges were taken in the year-earlier period.", "the year-earlier period", "DATE", "2023-Q2", ""},
	{"this quarter's results are the reported quarter's", "2024-11-01", "The maker posted a loss for the third quarter. This quarter's loss includes charges for a plant.", "This quarter", "DATE", "2024-Q3", ""},
	{"this quarter ahead is the current one", "2024-11-01", "The maker posted a loss for the third quarter. Sales this quarter will rise.", "this quarter", "DATE", "2024-Q4", ""},
	{"year-earlier before an amount of time is that amount", "2024-11-01", "Net for the year-earlier nine months included a gain on a sale.", "the year-earlier nine months", "DURATION", "P9M", ""},
	{"year-earlier before a named quarter is one expression", "2024-11-01", "The bank lost money in the third quarter. In the year-earlier third quarter, it earned $2 million.", "the year-earlier third quarter", "DATE", "2023-Q3", ""},
	// extensions
	{"extended through a month: the new end lies ahead", "2024-10-30", "The bank has extended the credit line through January, the company said.", "January", "DATE", "2025-01", ""},
	{"through a month without an extension follows the tense", "2024-10-30", "Sales rose this year through August, the company said.", "August", "DATE", "2024-08", ""},
}

func TestMore(t *testing.T) {
	// moreDatesTests (more_test.go) and s6Tests (tx_s6_test.go) share the
	// row type and the check
	rows := append(append(append([]moreRow{}, moreTests...), moreDatesTests...), s6Tests...)
	for _, tc := range rows {
		t.Run(tc.desc, func(t *testing.T) {
			a := article(t, tc.pub, tc.text)
			tx, _ := Tag(a)
			x := find(tx, tc.span)
			if x == nil {
				t.Fatalf("no timex %q in %q; got:\n%s", tc.span, tc.text, dump(tx))
			}
			if x.Type != tc.typ || x.Value != tc.value || x.Mod != tc.mod {
				t.Errorf("%q: got %s %s %q, want %s %s %q", tc.span, x.Type, x.Value, x.Mod, tc.typ, tc.value, tc.mod)
			}
		})
	}
}

// Counts that are not clock times.
func TestMoreNotTimes(t *testing.T) {
	for _, text := range []string{
		"The team scored 4 in the morning session and 3 after lunch.",
		"The score was 24-25 at the break.",
		"The weeks ahead of the vote were tense.",
		"He told USA Today that the plan was dead.",
		"This is VOA Today.",
	} {
		a := article(t, "2024-10-21", text)
		tx, _ := Tag(a)
		if len(tx) != 0 {
			t.Errorf("%q: got\n%s", text, dump(tx))
		}
	}
}
