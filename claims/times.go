package claims

import "github.com/crosscheck/crosscheck/claims/timex"

// This file holds the rules on when an event claim happened that go beyond
// picking the nearest date of the clause (assignTimes).

// datesEvent reports whether a temporal expression can say when an event
// happened: a date or a time, or an amount told back from publication
// ("about two years ago", "more than a week ago"), which TimeML types as a
// DURATION but which names a date all the same.
func datesEvent(tx timex.Timex) bool {
	return tx.Type == "DATE" || tx.Type == "TIME" || tx.Point != ""
}

// timexTime is the time a claim takes from expression xi. An amount told
// back from publication gives the date it names: "about two years ago" is
// about that year; "more than two years ago" is that year or before, "less
// than" that year or after.
func timexTime(xi int, tx timex.Timex) *Time {
	t := &Time{Timex: xi, Value: tx.Value, Mod: tx.Mod, Interval: tx.Interval, Source: "clause"}
	if tx.Point != "" {
		t.Value = tx.Point
		switch tx.Mod {
		case "MORE_THAN":
			t.Mod = "ON_OR_BEFORE"
		case "LESS_THAN":
			t.Mod = "ON_OR_AFTER"
		}
	}
	return t
}
