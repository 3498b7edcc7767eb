package timex

import "testing"

// Publication dates read from the text: date lines under a headline, and
// what a year told as past does not fix.
func TestInferPublishedMore(t *testing.T) {
	for _, tc := range []struct {
		desc, text, value string
	}{
		{
			"a date line with its clock time under the headline",
			"Harbour crane tips over in storm\nWednesday, 04 April 2012 10:30\nA crane fell onto a moored ferry on Tuesday, the port said.\n",
			"2012-04-04",
		},
		{
			"a date line with a time zone",
			"Valley council sets date for vote\n14 May 2013, 09:15 (GMT+02:00)\nThe council will vote in June, its chairman said.\n",
			"2013-05-14",
		},
		{
			"a date line after its place in capitals",
			"Bakers elect a new guild head\nLISBON, PORTUGAL, March 3, 2011\nThe guild elected its new head on Wednesday.\n",
			"2011-03-03",
		},
		{
			"a date line under a headline of four lines",
			"Mill owner found guilty\nThree counts\nJudge sets hearing\nSentencing next month\n(May 8, 2009) -\nA jury found the owner of the mill guilty on Thursday.\n",
			"2009-05-08",
		},
		{
			"a headline in capitals naming a date is no date line",
			"GUILD TO ELECT NEW HEAD ON MARCH 3, 2011\nThe guild said it would elect a new head next month, after its founder retired in 2010.\n",
			"",
		},
		{
			"a weekday with its date outweighs a month fitted after it",
			"The baker opened her own shop on Tuesday, December 9, 2008, her partner said.\nIn an October interview, she said she had saved for years.\n",
			"2008-12-09",
		},
		{
			"a year told both as past and as upcoming bounds nothing",
			"Potter to chair the fair in 2014\nThe potter will chair the county fair, its board said on Friday.\nFor the 2014 fair, she followed a chairman who quit in 2012.\n",
			"",
		},
		{
			"a bare day is not fitted after a year told as past",
			"The painter, whose portraits hung in the city museum since 2006, has died.\nShe was due to leave the hospital on 2 December when she fell ill again, her agent said.\n",
			"",
		},
		{
			"a bare month told as upcoming is not fitted after a year either",
			"The singer won the contest in 2004 and toured for years.\nThe union will announce the result of its vote in late January, a spokesman said.\n",
			"",
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			tx, pub := Tag(article(t, "", tc.text))
			if pub.Value != tc.value {
				t.Errorf("published %q (%s), want %q\n%s", pub.Value, pub.Evidence, tc.value, dump(tx))
			}
		})
	}
}

// Without a publication date, a month named after a year the text set is
// in that year: "founded in 2012 ... on December 15" is 15 December 2012,
// not the December nearest the year's first day.
func TestBareMonthInNarrativeYear(t *testing.T) {
	a := article(t, "", "The party was founded in 2012 by farmers.\nIt won two seats in the December 15 election, and it held a congress in March.\n")
	tx, _ := Tag(a)
	want := map[string]string{"December 15": "2012-12-15", "March": "2012-03"}
	for _, x := range tx {
		if w, ok := want[x.Text]; ok {
			if x.Value != w {
				t.Errorf("%q = %q, want %q\n%s", x.Text, x.Value, w, dump(tx))
			}
			delete(want, x.Text)
		}
	}
	for k := range want {
		t.Errorf("%q not found\n%s", k, dump(tx))
	}
}

// "The following week" is a week, unlike "a week later" counted from a day;
// and told as past, it cannot lie after the publication date: counted from
// a date line it is the week after a day the text did not name.
func TestFollowingUnit(t *testing.T) {
	for _, tc := range []struct {
		desc, pub, text, span, value string
	}{
		{"the following week after a day is a week", "2007-04-20",
			"The mill closed on Monday, April 2, 2007. Workers came back the following week.\n", "the following week", "2007-W15"},
		{"a week later after a day is a day", "2007-04-20",
			"The mill closed on Monday, April 2, 2007. A week later, workers came back.\n", "A week later", "2007-04-09"},
		{"told as past it does not lie after publication", "2007-04-12",
			"Apr 12 2007\nA clerk bought a ladder the day after he lost his job, then returned to the mill the following week.\n", "the following week", "XXXX-WXX"},
		{"the next day after the date line, told as past", "2012-11-20",
			"November 20, 2012\nThe barn burned down and its owner died the next day.\n", "the next day", "XXXX-XX-XX"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			tx, _ := Tag(article(t, tc.pub, tc.text))
			for _, x := range tx {
				if x.Text == tc.span {
					if x.Value != tc.value {
						t.Errorf("%q = %q, want %q\n%s", x.Text, x.Value, tc.value, dump(tx))
					}
					return
				}
			}
			t.Errorf("%q not found\n%s", tc.span, dump(tx))
		})
	}
}

// "In 2006-07" is a sports season, two years, not July 2006; "2011-07" is a
// month.
func TestSeasonIsNoMonth(t *testing.T) {
	tx, _ := Tag(article(t, "", "Coach leaves\nIn 2006-07, the coach rallied the team. The report of 2011-07 was late.\n"))
	for _, x := range tx {
		if x.Value == "2006-07" {
			t.Errorf("%q read as July 2006\n%s", x.Text, dump(tx))
		}
		if x.Text == "2011-07" && x.Value != "2011-07" {
			t.Errorf("%q = %q, want the month\n%s", x.Text, x.Value, dump(tx))
		}
	}
}
