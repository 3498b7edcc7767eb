package mention

import "testing"

func TestVowelSwapName(t *testing.T) {
	tests := []struct {
		desc string
		a, b string
		want bool // SpellingVariant
	}{
		{"a short word with another vowel is another name", "hall", "hill", false},
		{"a last a against a last o is another place or gender", "china", "chino", false},
		{"transliterations still match", "tartus", "tartous", true},
		{"internal vowels of a long word still match", "ahmad", "ahmed", true},
		{"y for i still matches", "hadi", "hady", true},
	}
	for _, tc := range tests {
		if got := SpellingVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: SpellingVariant(%q, %q) = %v, want %v", tc.desc, tc.a, tc.b, got, tc.want)
		}
	}
}
