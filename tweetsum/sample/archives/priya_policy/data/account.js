window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "priya.policy@example.com",
      "createdVia" : "web",
      "username" : "priya_policy",
      "accountId" : "1179514744",
      "createdAt" : "2013-01-27T02:50:18.420Z",
      "accountDisplayName" : "Priya Raman"
    }
  }
]