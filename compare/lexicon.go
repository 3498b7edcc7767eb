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
	changeFr   = map[string]bool{}
	// patientSubject: once-frames whose subject is the one they happen to
	patientSubject = map[string]bool{}
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
		switch f[0] {
		case "family":
			for _, it := range items {
				familyOf[it] = f[1]
			}
		case "once":
			for _, it := range items {
				onceFrames[it] = true
			}
		case "series":
			for _, it := range items {
				seriesFam[it] = true
			}
		case "patient-subject":
			for _, it := range items {
				patientSubject[it] = true
			}
		case "change":
			for _, it := range items {
				changeFr[it] = true
			}
		default:
			panic("compare: unknown class in data/frames.txt: " + f[0])
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
