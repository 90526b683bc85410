package auditlog

// frequencyWords names a request's report frequency: "hằng tháng".
func frequencyWords(code string) string {
	return map[string]string{"month": "hằng tháng", "quarter": "hằng quý", "half": "6 tháng", "year": "hằng năm"}[code]
}
