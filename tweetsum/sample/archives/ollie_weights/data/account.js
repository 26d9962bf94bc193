window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ollie.weights@example.com",
      "createdVia" : "web",
      "username" : "ollie_weights",
      "accountId" : "1101647238791813694",
      "createdAt" : "2019-03-02T00:55:44.637Z",
      "accountDisplayName" : "Oliver Grant"
    }
  }
]