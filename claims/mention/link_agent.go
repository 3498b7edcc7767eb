package mention

// placePart returns, for the lone name ms[i] right after a locative word
// ("arrived in Yida"), the nearest longer name starting with it that names a
// place or a site ("Yida Refugee Camp"), or -1. The nearest name of any type
// would be an organization named after the place ("Yida Team Leader" gives a
// "Yida Team"), and nobody arrives in a team. Without such a place the
// ordinary nearest link stands.
func (f *finder) placePart(ms []Mention, cands []int, i int) int {
	if !cue("locative", f.wordBefore(ms[i].Start)) {
		return -1
	}
	best := -1
	for _, j := range cands {
		if typ := ms[j].Type; Class(typ) != "GEO" && typ != "FACILITY" {
			continue
		}
		if j < i {
			best = j
		} else if best < 0 {
			return j
		}
	}
	return best
}
