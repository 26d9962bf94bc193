window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "marco.robots@example.com",
      "createdVia" : "web",
      "username" : "marco_robots",
      "accountId" : "2937687294",
      "createdAt" : "2015-05-19T08:55:55.689Z",
      "accountDisplayName" : "Marco Bellini"
    }
  }
]