window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rohan.research@example.com",
      "createdVia" : "web",
      "username" : "rohan_research",
      "accountId" : "1359168943816177637",
      "createdAt" : "2021-02-09T15:55:03.566Z",
      "accountDisplayName" : "Rohan Mehta"
    }
  }
]