package compare

import (
	_ "embed"
	"strings"

	"github.com/crosscheck/crosscheck/corpus"
)

//go:embed data/frames.txt
var framesData string

var (
	familyOf   = map[string]string{} // frame -> family (itself when none)
	onceFrames = map[string]bool{}
	seriesFam  = map[string]bool{}
	// patientSubject: once-frames whose subject is the one they happen to
	patientSubject = map[string]bool{}
	// sets are the classes of data/frames.txt that list frames or families
	sets = map[string]map[string]bool{"once": onceFrames, "series": seriesFam, "patient-subject": patientSubject}
)

func init() {
	for _, line := range corpus.Lines(framesData) {
		head, list, ok := strings.Cut(line, ":")
		if !ok {
			panic("compare: bad line in data/frames.txt: " + line)
		}
		var items []string
		for _, w := range strings.Split(list, ",") {
			if w = strings.TrimSpace(w); w != "" {
				items = append(items, w)
			}
		}
		f := strings.Fields(head)
		if f[0] == "family" {
			for _, it := range items {
				familyOf[it] = f[1]
			}
			continue
		}
		set, ok := sets[f[0]]
		if !ok {
			panic("compare: unknown class in data/frames.txt: " + f[0])
		}
		for _, it := range items {
			set[it] = true
		}
	}
}

// family returns the family of a frame.
func family(frame string) string {
	if f, ok := familyOf[frame]; ok {
		return f
	}
	return frame
}
