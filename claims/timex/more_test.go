package timex

import "testing"

// moreDatesTests are rules from a later round over the TempEval-3 dev
// errors; every sentence is invented.
var moreDatesTests = []moreRow{
	{"the latest period is the fiscal quarter reported on, though the calendar quarter is under way", "2024-11-05",
		"Acme reported lower fourth-quarter profit. Sales in the latest period rose 5%.", "the latest period", "DATE", "2024-Q4", ""},
	{"the latest quarter without a quarter named is the last one ended", "2024-11-05",
		"Sales in the latest quarter rose 5%.", "the latest quarter", "DATE", "2024-Q3", ""},
	{"a coordinated clause after the date has its own verb", "2024-10-18",
		"Farmers planned a march through the town on Saturday and were hoping for a large crowd.", "Saturday", "DATE", "2024-10-19", ""},
	{"a coordinated clause after the date: past stays past", "2024-10-18",
		"The ministers met in the capital on Tuesday and will meet again next month.", "Tuesday", "DATE", "2024-10-15", ""},
	{"several-unit adjective is a vague duration", "2024-10-18",
		"She returns after a several-year stint as a judge.", "several-year", "DURATION", "PXY", ""},
	{"a holiday's week is the ISO week of the holiday", "2024-10-18",
		"Pilgrims crowded the old city as Easter week began.", "Easter week", "DATE", "2024-W13", ""},
	{"a holiday's week with its year", "2024-10-18",
		"He flew home for Christmas week 2023.", "Christmas week 2023", "DATE", "2023-W52", ""},
	{"nearly N years ago is the date", "2024-10-18",
		"The bridge collapsed nearly three years ago.", "nearly three years ago", "DATE", "2021", "LESS_THAN"},
	{"about N years ago stays the amount, as in TimeBank", "2024-10-18",
		"The bridge collapsed about three years ago.", "about three years ago", "DURATION", "P3Y", "APPROX"},
}

// "soon" in a past narrative is soon after a past event, not the writer's
// future; after a modal it still looks ahead.
func TestMoreSoonInThePast(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       bool
	}{
		{"past narrative drops soon", "The leak soon became a flood of complaints.", false},
		{"past passive drops soon", "The driver was soon released by the police.", false},
		{"future keeps soon", "The council will soon vote on the plan.", true},
		{"modal in reported speech keeps soon", "Officials said they may soon close the road.", true},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, "2024-10-18", tc.text))
			if got := find(tx, "soon") != nil; got != tc.want {
				t.Errorf("%q: soon tagged %v, want %v; got:\n%s", tc.text, got, tc.want, dump(tx))
			}
		})
	}
}
