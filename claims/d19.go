package claims

import "strings"

// Rules found on the d19 development sample (ECB+ topics 1–19, seed 1919).

// monthMay reports a "May" at k that is the month, not the modal: written
// with a capital inside a date the time finder took ("On May 3 the
// department announced", "a May announcement"). The modal never starts a
// date, so such a "May" hedges nothing.
func (s *sent) monthMay(k int) bool {
	return k < len(s.toks) && s.toks[k].Lower == "may" && s.toks[k].Text == "May" && s.tokTimex[k] >= 0
}

// addedAmount reports an "add" trigger ending at j whose object is an amount
// of money or a number of units ("added another $20,000 to the reward",
// "adds 5 percent", "added $2 million"): a sum was added, nothing was said.
// Over "another", "an extra", "a further", "nearly" and the like.
func (s *sent) addedAmount(j int) bool {
	if j < 1 || j >= len(s.toks) || !strings.HasPrefix(s.toks[j-1].Lower, "add") {
		return false
	}
	k := j
	for n := 0; k < len(s.toks) && n < 3; k, n = k+1, n+1 {
		switch s.toks[k].Lower {
		case "another", "an", "a", "extra", "further", "additional", "nearly", "almost", "about", "roughly", "some", "up", "to", "more", "than":
			continue
		}
		break
	}
	if k >= len(s.toks) {
		return false
	}
	switch w := s.toks[k].Lower; {
	case strings.ContainsAny(w, "$€£¥"):
		return true
	case strings.Trim(w, "0123456789.,") == "" && k+1 < len(s.toks):
		switch s.toks[k+1].Lower {
		case "million", "billion", "thousand", "dollars", "euros", "pounds", "yen", "percent", "%", "cents", "per":
			return true
		}
	}
	return false
}
