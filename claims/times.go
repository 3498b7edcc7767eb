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

// timeScopes numbers the clauses a date cannot cross: the relative clauses
// of markRelatives ("X, who was indicted in 2008, appeared on Monday") and a
// clause opened by "where" after a noun ("found the car on Monday near the
// house where the man was shot": the shooting is not dated Monday unless the
// clause says so). A date or a trigger outside them has scope 0.
func (s *sent) timeScopes() []int {
	scope := make([]int, len(s.toks))
	copy(scope, s.tokRel)
	id := 1 << 20
	for i, t := range s.toks {
		if t.Lower != "where" || i == 0 || scope[i] != 0 || s.toks[i-1].Punct && s.toks[i-1].Lower != "," {
			continue
		}
		id++
		for j, end := i, s.relativeEnd(i); j < end; j++ {
			if scope[j] == 0 {
				scope[j] = id
			}
		}
	}
	return scope
}
