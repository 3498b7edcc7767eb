package corpus

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/abbreviations.txt
var abbreviationsData string

//go:embed data/openers.txt
var openersData string

//go:embed data/furniture.txt
var furnitureData string

//go:embed data/languages.txt
var languagesData string

//go:embed data/dateline_labels.txt
var datelineLabelsData string

//go:embed data/timestamps.txt
var timestampsData string

//go:embed data/html_classes.txt
var htmlClassesData string

type abbrevClass uint8

const (
	abbrevNone abbrevClass = iota
	abbrevTitle
	abbrevMonth
	abbrevTime
	abbrevOther
)

var (
	abbreviations  = map[string]abbrevClass{}
	openers        = map[string]bool{}
	languages      = map[string]bool{}
	htmlClasses    = map[string]bool{}
	timestampWords = map[string]bool{}
	monthNames     = map[string]bool{}
	datelineLabels = map[string]bool{}
	furniture      []*gatedRegexp
)

// Lines returns the non-empty, non-comment lines of an embedded data file.
// Lines starting with '#' are comments.
func Lines(data string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func init() {
	classes := map[string]abbrevClass{"title": abbrevTitle, "month": abbrevMonth, "time": abbrevTime, "other": abbrevOther}
	for _, l := range Lines(abbreviationsData) {
		f := strings.Fields(l)
		c, ok := classes[f[len(f)-1]]
		if len(f) != 2 || !ok {
			panic(fmt.Sprintf("corpus: bad abbreviation line %q", l))
		}
		abbreviations[strings.ToLower(f[0])] = c
	}
	for _, l := range Lines(openersData) {
		openers[strings.ToLower(l)] = true
	}
	for _, l := range Lines(languagesData) {
		languages[strings.ToLower(l)] = true
	}
	for _, l := range Lines(timestampsData) {
		f := strings.Fields(l)
		if len(f) != 2 {
			panic(fmt.Sprintf("corpus: bad timestamp word line %q", l))
		}
		timestampWords[strings.ToLower(f[0])] = true
		if f[1] == "month" {
			monthNames[strings.ToLower(f[0])] = true
		}
	}
	for _, l := range Lines(datelineLabelsData) {
		datelineLabels[strings.ToLower(l)] = true
	}
	for _, l := range Lines(htmlClassesData) {
		htmlClasses[strings.ToLower(l)] = true
	}
	for _, l := range Lines(furnitureData) {
		furniture = append(furniture, compileGated(`(?i)^(?:`+l+`)$`))
	}
}
