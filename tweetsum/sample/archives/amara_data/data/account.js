window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "amara.data@example.com",
      "createdVia" : "web",
      "username" : "amara_data",
      "accountId" : "1011206912866226057",
      "createdAt" : "2018-06-25T11:18:10.354Z",
      "accountDisplayName" : "Amara Nwosu"
    }
  }
]