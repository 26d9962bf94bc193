window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "2364290399",
    "userName" : "liu_touzi",
    "displayName" : "刘投资笔记"
  },
  "archiveInfo" : {
    "sizeBytes" : "17295",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "11"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}