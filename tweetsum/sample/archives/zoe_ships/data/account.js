window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "zoe.ships@example.com",
      "createdVia" : "web",
      "username" : "zoe_ships",
      "accountId" : "1194083176808585993",
      "createdAt" : "2019-11-12T02:43:09.688Z",
      "accountDisplayName" : "Zoe Carter"
    }
  }
]