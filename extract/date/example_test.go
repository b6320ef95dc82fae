package date_test

import (
	"fmt"
	"time"

	"tidings/extract/date"
)

func ExampleExtract() {
	published := time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC) // a Tuesday
	text := "The company said on Monday that third-quarter profit rose 12% from a year earlier. " +
		"It has paid a dividend every quarter for six years and will report again on Jan. 29."
	for _, f := range date.Extract(text, published, date.Options{}) {
		fmt.Printf("%-15q %-8s %s\n", f.Text, f.TimexType, f.Value)
	}
	// Output:
	// "Monday"        DATE     2025-10-27
	// "third-quarter" DATE     2025-Q3
	// "a year earlier" DATE     2024-Q3
	// "every quarter" SET      P1Q
	// "six years"     DURATION P6Y
	// "Jan. 29"       DATE     2026-01-29
}
