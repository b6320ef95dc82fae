package money_test

import (
	"fmt"

	"tidings/extract/money"
)

func ExampleExtract() {
	text := "GM lost about US$6 billion, or $9.66 a share, as sales fell 42%."
	for _, f := range money.Extract(text, money.Options{}) {
		switch f.Type {
		case "money":
			fmt.Printf("%s %q %g %s qualifier=%q per=%q\n", f.Type, f.Text, *f.Amount, f.Currency, f.Qualifier, f.Per)
		case "percent":
			fmt.Printf("%s %q %g %s\n", f.Type, f.Text, *f.Number, f.Unit)
		}
	}
	// Output:
	// money "about US$6 billion" 6e+09 USD qualifier="approx" per=""
	// money "$9.66" 9.66 USD qualifier="" per="share"
	// percent "42%" 42 percent
}
