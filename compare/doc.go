// Package compare reasons across the articles of one story: it resolves
// entities, narrows publication dates, groups claims into events, orders
// series of events on a timeline, and compares values slot by slot to give
// every disagreement a verdict — conflict, explained, variant or agree — with
// a reason an editor can check.
//
// compare knows no output format; package report renders a Story.
package compare
