window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "mei.bilingual@example.com",
      "createdVia" : "web",
      "username" : "mei_bilingual",
      "accountId" : "562806675",
      "createdAt" : "2012-03-08T16:25:17.706Z",
      "accountDisplayName" : "Mei Zhang 张美"
    }
  }
]