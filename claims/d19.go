package claims

// Rules found on the d19 development sample (ECB+ topics 1–19, seed 1919).

// monthMay reports a "May" at k that is the month, not the modal: written
// with a capital inside a date the time finder took ("On May 3 the
// department announced", "a May announcement"). The modal never starts a
// date, so such a "May" hedges nothing.
func (s *sent) monthMay(k int) bool {
	return k < len(s.toks) && s.toks[k].Lower == "may" && s.toks[k].Text == "May" && s.tokTimex[k] >= 0
}
